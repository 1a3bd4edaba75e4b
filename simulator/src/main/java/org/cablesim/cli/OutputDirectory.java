package org.cablesim.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalLong;

/**
 * Where a run's results go, and the rules that keep user data safe: results are written into a hidden
 * staging directory {@code .<target>.partial-<pid>-<n>} beside the target, which is created (and so its
 * location proven writable) before any computing, and moved into place only when complete. {@code --force}
 * replaces only a directory cablesim wrote ({@link OutputMarker}), never the working directory, the home
 * directory, the file system root, or a directory holding the scenario.
 */
final class OutputDirectory {
    private static final String PARTIAL = ".partial-";
    private static final String OLD = ".old-";

    private final Path target;
    private final boolean replaceExisting;
    private String version = "unknown";
    private String scenarioSha256 = "unknown";

    private OutputDirectory(Path target, boolean replaceExisting) {
        this.target = target;
        this.replaceExisting = replaceExisting;
    }

    /** As {@link #choose(Path, boolean, Path, String, Path)} with no scenario file to protect. */
    static OutputDirectory choose(Path explicitOut, boolean force, Path defaultParent, String scenarioName) {
        return choose(explicitOut, force, defaultParent, scenarioName, null);
    }

    /**
     * Chooses the output directory. With {@code explicitOut} that directory is used; if it exists it is
     * replaced only with {@code force}, and only when cablesim wrote it and it is not a protected directory.
     * Otherwise {@code defaultParent/scenarioName} is used, or the next free {@code scenarioName-2}, {@code -3}, ….
     *
     * @param scenarioFile the scenario being run: no directory holding it may be replaced
     * @throws IllegalArgumentException with a user-facing message when the choice is refused
     */
    static OutputDirectory choose(Path explicitOut, boolean force, Path defaultParent, String scenarioName,
            Path scenarioFile) {
        if (explicitOut != null) {
            if (explicitOut.toString().isBlank()) {
                throw new IllegalArgumentException("--out: the directory name is empty");
            }
            Path out = explicitOut.toAbsolutePath().normalize();
            if (out.getParent() == null || out.getFileName() == null) {
                throw new IllegalArgumentException("--out: '" + explicitOut + "' is the root of a file system");
            }
            if (Files.exists(out) && !force) {
                throw new IllegalArgumentException("--out: '" + explicitOut
                        + "' already exists; choose another directory or add --force to replace it");
            }
            if (Files.exists(out)) {
                refuseToReplace(explicitOut, out, scenarioFile);
            }
            return new OutputDirectory(out, force);
        }
        Path parent = defaultParent.toAbsolutePath().normalize();
        Path candidate = parent.resolve(scenarioName);
        for (int suffix = 2; Files.exists(candidate); suffix++) {
            candidate = parent.resolve(scenarioName + "-" + suffix);
        }
        return new OutputDirectory(candidate, false);
    }

    /** Throws when {@code out} (which exists) must not be replaced even with {@code --force}. */
    private static void refuseToReplace(Path asGiven, Path out, Path scenarioFile) {
        String shown = "--out: '" + asGiven + "'";
        if (!Files.isDirectory(out)) {
            throw new IllegalArgumentException(shown + " exists and is not a directory; --force replaces only "
                    + "a results directory cablesim wrote");
        }
        Path real = realPath(out);
        if (real.getParent() == null) {
            throw new IllegalArgumentException(shown + " is the root of a file system; refusing to replace it");
        }
        String home = System.getProperty("user.home");
        if (home != null && !home.isBlank() && real.equals(realPath(Path.of(home)))) {
            throw new IllegalArgumentException(shown + " is your home directory; refusing to replace it");
        }
        if (realPath(Path.of("")).startsWith(real)) {
            throw new IllegalArgumentException(shown + " is the working directory or holds it; refusing to "
                    + "replace it");
        }
        if (scenarioFile != null && realPath(scenarioFile).startsWith(real)) {
            throw new IllegalArgumentException(shown + " holds the scenario file; refusing to replace it");
        }
        if (!OutputMarker.isMarked(real)) {
            throw new IllegalArgumentException(shown + " was not written by cablesim (it has no "
                    + OutputMarker.FILE_NAME + " file), so --force will not replace it; choose another directory"
                    + " or remove it yourself");
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toAbsolutePath().toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** The directory the results will have once {@link #commit} succeeds. */
    Path target() {
        return target;
    }

    /**
     * Removes stale staging directories of this target left by killed runs, then creates the staging
     * directory with its marker, guarded so that it is removed again unless committed (also on SIGTERM/SIGINT:
     * the guard is in place before the directory exists). Call before computing: it proves the location
     * writable.
     *
     * @throws IOException when the location cannot be written (the caller reports it as an environment failure)
     */
    StagingCleanup createStaging(String version, String scenarioSha256) throws IOException {
        this.version = version;
        this.scenarioSha256 = scenarioSha256;
        Files.createDirectories(target.getParent());
        removeStaleStaging();
        for (int attempt = 0; ; attempt++) {
            Path candidate = sibling(PARTIAL, attempt);
            StagingCleanup guard = StagingCleanup.guard(candidate);
            try {
                // Files.createDirectory (unlike createTempDirectory) leaves the permissions to the user's umask.
                Files.createDirectory(candidate);
                OutputMarker.write(candidate, version, scenarioSha256);
                return guard;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                guard.forget();
                if (attempt > 100) {
                    throw e;
                }
            } catch (IOException | RuntimeException e) {
                guard.close();
                throw e;
            }
        }
    }

    /**
     * Deletes {@code .<target>.partial-*} and {@code .<target>.old-*} directories beside the target that carry
     * cablesim's marker and whose writing process is gone; anything else is left alone.
     */
    private void removeStaleStaging() throws IOException {
        String prefix = "." + target.getFileName();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
                entry -> {
                    String name = entry.getFileName().toString();
                    return name.startsWith(prefix + PARTIAL) || name.startsWith(prefix + OLD);
                })) {
            for (Path sibling : siblings) {
                if (OutputMarker.isMarked(sibling) && !writerAlive(sibling)) {
                    StagingCleanup.deleteTree(sibling);
                }
            }
        }
    }

    /**
     * A hidden sibling of the target named by this process and an attempt number ({@code .<target><kind><pid>-<n>}):
     * unique without a random suffix, because the directory is only taken when it does not exist yet.
     */
    private Path sibling(String kind, int attempt) {
        return target.resolveSibling("." + target.getFileName() + kind + ProcessHandle.current().pid() + "-" + attempt);
    }

    private static boolean writerAlive(Path directory) {
        OptionalLong pid = OutputMarker.writerPid(directory);
        return pid.isPresent() && pid.getAsLong() != ProcessHandle.current().pid()
                && ProcessHandle.of(pid.getAsLong()).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Moves the complete staging directory into place (replacing the old target only when allowed). */
    void commit(Path staging) throws IOException {
        OutputMarker.finish(staging, version, scenarioSha256);
        if (replaceExisting && Files.exists(target)) {
            Path old = sibling(OLD, 0);
            for (int attempt = 1; Files.exists(old, java.nio.file.LinkOption.NOFOLLOW_LINKS); attempt++) {
                old = sibling(OLD, attempt);
            }
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            StagingCleanup.deleteTree(old);
        } else {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
