@echo off
rem cablesim launcher for Windows: builds the runnable jar on first use (or when a source is newer than it),
rem then runs the CLI. CABLESIM_JAVA_OPTS, when set, is passed to java as given (e.g. -Xmx16g); otherwise the
rem heap may grow to 75 %% of the machine's memory and the parallel (throughput) collector runs.
setlocal EnableExtensions
set "ROOT=%~dp0"
set "JAR="
for %%F in ("%ROOT%simulator\target\cablesim-simulator-*-cli.jar") do set "JAR=%%~fF"
if not defined JAR goto build
rem Stale when any source or pom is newer than the jar (PowerShell ships with every supported Windows).
powershell -NoProfile -Command "$j=(Get-Item -LiteralPath $env:JAR).LastWriteTime; $s=Get-ChildItem -Recurse -File -LiteralPath ($env:ROOT+'simulator\src\main'),($env:ROOT+'pom.xml'),($env:ROOT+'simulator\pom.xml') | Where-Object { $_.LastWriteTime -gt $j } | Select-Object -First 1; if ($s) { exit 1 } else { exit 0 }" >nul 2>&1
if errorlevel 1 goto build
goto run

:build
echo cablesim: building (first use or sources changed)... 1>&2
set "LOG=%TEMP%\cablesim-build-%RANDOM%.log"
pushd "%ROOT%"
call mvn -B -q -DskipTests -Dmaven.test.skip=true -pl simulator package > "%LOG%" 2>&1
set "BUILD_RC=%ERRORLEVEL%"
popd
if not "%BUILD_RC%"=="0" (
  echo cablesim: build failed; Maven output follows 1>&2
  type "%LOG%" 1>&2
  del "%LOG%" >nul 2>&1
  exit /b 1
)
del "%LOG%" >nul 2>&1
set "JAR="
for %%F in ("%ROOT%simulator\target\cablesim-simulator-*-cli.jar") do set "JAR=%%~fF"

:run
if defined CABLESIM_JAVA_OPTS (
  java %CABLESIM_JAVA_OPTS% -jar "%JAR%" %*
) else (
  java -XX:MaxRAMPercentage=75 -XX:+UseParallelGC -jar "%JAR%" %*
)
exit /b %ERRORLEVEL%
