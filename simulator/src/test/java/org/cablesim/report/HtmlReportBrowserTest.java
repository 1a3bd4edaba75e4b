package org.cablesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablesim.io.LoadedScenario;
import org.cablesim.io.ScenarioLoader;
import org.cablesim.scenario.SweepPoint;
import org.cablesim.study.PreparedStudy;
import org.cablesim.study.Provenance;
import org.cablesim.study.StudyPreparation;
import org.cablesim.study.StudyResult;
import org.cablesim.study.StudyRunner;
import org.cablesim.study.StudySummary;
import org.cablesim.study.SweepRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens reports in headless Chromium and checks what only a browser can: every chart lays out with visible
 * shapes, no chart text overlaps other text or leaves its chart, nothing is fetched, the page does not overflow
 * sideways, and the console stays silent (including the hostile markup the sample carries, which must show as
 * text); the rendered tables show bill-of-materials counts as exact integers and no table repeats a column
 * heading; a sweep scenario's report draws its sweeps and its plan's rack elevations. Chromium missing: fails under CI (the CI script installs
 * it), skipped elsewhere.
 */
class HtmlReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /** Records page errors, CSP violations and console errors/warnings on the root element as they happen. */
    private static final String HOOKS = """
            <script>
            (function(){
              var seen=[];
              function note(m){seen.push(String(m));document.documentElement.setAttribute('data-errors',seen.join(' | '));}
              window.addEventListener('error',function(e){note('error: '+(e.message||(e.target&&(e.target.src||e.target.href))||'resource'));},true);
              window.addEventListener('securitypolicyviolation',function(e){note('csp: '+e.violatedDirective+' '+e.blockedURI);});
              ['error','warn'].forEach(function(level){var original=console[level];
                console[level]=function(){note('console.'+level+': '+Array.prototype.join.call(arguments,' '));original.apply(console,arguments);};});
            })();
            </script>
            """;

    /**
     * After layout, per chart: id, shapes, shapes with a non-empty box, rendered width and height, visible text
     * elements, pairs of text boxes overlapping by more than 1 px both ways, text boxes leaving the chart, and 1 for
     * a chart that says it has no data. Then the column headings some table repeats, and the cells of the
     * comparison and details rows of installed fibres and cassettes as rendered.
     */
    private static final String PROBE = """
            <script>
            window.addEventListener('load',function(){
              var elevations=[];
              document.querySelectorAll('details.elevations').forEach(function(d){
                d.open=true;
                d.querySelectorAll('figure.elevation svg').forEach(function(svg){
                  var racks=svg.querySelectorAll(':scope > g').length,drawn=0;
                  svg.querySelectorAll('rect').forEach(function(r){var b=r.getBoundingClientRect();if(b.width>0&&b.height>0){drawn++;}});
                  elevations.push([d.id,racks,drawn,svg.querySelectorAll('rect').length].join(':'));
                });
              });
              document.body.setAttribute('data-elevations',elevations.join(';'));
              var rows=[];
              document.querySelectorAll('svg.chart').forEach(function(svg){
                var shapes=svg.querySelectorAll('path,rect,line,circle,polyline,polygon');
                var drawn=0;
                shapes.forEach(function(s){var b=s.getBBox();if(b.width>0||b.height>0){drawn++;}});
                var box=svg.getBoundingClientRect();
                var texts=[];
                svg.querySelectorAll('text').forEach(function(t){var b=t.getBoundingClientRect();if(b.width>0&&b.height>0){texts.push(b);}});
                var overlaps=0,outside=0;
                for(var i=0;i<texts.length;i++){
                  var a=texts[i];
                  if(a.left<box.left-0.5||a.right>box.right+0.5||a.top<box.top-0.5||a.bottom>box.bottom+0.5){outside++;}
                  for(var j=i+1;j<texts.length;j++){
                    var b=texts[j];
                    var w=Math.min(a.right,b.right)-Math.max(a.left,b.left);
                    var h=Math.min(a.bottom,b.bottom)-Math.max(a.top,b.top);
                    if(w>1&&h>1){overlaps++;}
                  }
                }
                var empty=svg.querySelector('.no-data')?1:0;
                rows.push([svg.id,shapes.length,drawn,Math.round(box.width),Math.round(box.height),texts.length,overlaps,outside,empty].join(':'));
              });
              document.body.setAttribute('data-probe',rows.join(';'));
              var repeated=[];
              document.querySelectorAll('table').forEach(function(t){
                var seen={};
                t.querySelectorAll('thead th').forEach(function(th){var k=th.innerText.trim();if(seen[k]){repeated.push(k);}seen[k]=1;});
              });
              document.body.setAttribute('data-repeated-headings',repeated.join('|'));
              var cells=[];
              document.querySelectorAll('table.comparison tbody tr, table.details tbody tr').forEach(function(tr){
                var th=tr.querySelector('th');
                if(th&&(th.innerText.indexOf('Cassettes (count)')===0||th.innerText.indexOf('Installed fibres (count)')===0)){
                  tr.querySelectorAll('td').forEach(function(td){cells.push(td.innerText.trim());});
                }
              });
              document.body.setAttribute('data-counts',cells.join('|'));
              document.body.setAttribute('data-resources',String(performance.getEntriesByType('resource').length));
              document.body.setAttribute('data-overflow',String(document.documentElement.scrollWidth>window.innerWidth));
            });
            </script>
            """;

    @Test
    void everyChartRendersInChromiumWithoutOverlapsOrConsoleMessages(@TempDir Path temp) throws Exception {
        String report = HtmlReport.render(ReportSamples.rich(), ReportSamples.HOSTILE);
        String dumped = open(report, temp);
        assertTrue(dumped.contains("&lt;script&gt;console.error(\"xss\")&lt;/script&gt;"),
                "hostile markup in the scenario shows as text");
        int charts = checkCharts(report, dumped);
        assertTrue(charts >= 14, "the sample exercises every chart of the report, " + charts);
        assertEquals("", attribute(dumped, "data-repeated-headings"), "a table repeats a column heading");
        // The comparison and details tables, as the browser lays them out: installed fibres, then cassettes.
        assertEquals("24,000|3,914,496|24,000|0|4,608|0|24,000|3,914,496|24,000|0|4,608|0",
                attribute(dumped, "data-counts"));
    }

    /* A real sweep scenario (rack pitch 0.6, 1.2, 2.4 m) run through the study: its report draws the sweep. */
    @Test
    void aSweepScenarioDrawsItsSweepsInChromium(@TempDir Path temp) throws Exception {
        LoadedScenario loaded = ScenarioLoader.load(Path.of(getClass().getResource("/scenarios/sweeps/rack-pitch.yaml")
                .toURI()));
        Provenance provenance = new Provenance("test", loaded.scenarioSha256(), loaded.inputSha256(), "test-rng");
        StudyRunner runner = new StudyRunner(2);
        long seed = loaded.scenario().run().seed();
        PreparedStudy prepared = StudyPreparation.prepare(loaded.scenario(), loaded.sweepPoints());
        StudyResult base = runner.run(loaded.scenario(), prepared.fabric(), seed, provenance);
        List<SweepRun> runs = new ArrayList<>();
        for (SweepPoint p : prepared.points()) {
            runs.add(new SweepRun(p.sweepIndex(), p.parameter(), p.valueText(), runner.run(p.scenario(),
                    StudyPreparation.prepare(p.scenario(), List.of()).fabric(), seed, provenance)));
        }
        List<PlanElevations> elevations = base.plans().stream().map(p -> PlanElevations.of(p.name(), p.cabling()))
                .toList();
        String report = HtmlReport.render(StudySummary.of(base, runs), loaded.scenarioText(), elevations);
        String dumped = open(report, temp);
        checkCharts(report, dumped);
        // every row of the plan's elevations is drawn (opened, inside a sideways-scrolling figure) with every rack
        // and every mount laid out
        List<PlanElevations.Row> rows = elevations.get(0).rows();
        String[] drawn = attribute(dumped, "data-elevations").split(";");
        assertEquals(rows.size(), drawn.length, attribute(dumped, "data-elevations"));
        for (int i = 0; i < rows.size(); i++) {
            String[] f = drawn[i].split(":");
            assertEquals("elevations-structured", f[0]);
            assertEquals(rows.get(i).racks().size(), Integer.parseInt(f[1]), drawn[i]);
            int rects = rows.get(i).racks().size() + rows.get(i).racks().stream().mapToInt(r -> r.mounts().size())
                    .sum();
            assertEquals(rects, Integer.parseInt(f[3]), "a rect per rack and per mount, " + drawn[i]);
            assertEquals(f[3], f[2], "every rect has a box, " + drawn[i]);
        }
        assertTrue(attribute(dumped, "data-probe").contains("sweep-1-costUsd-chart:"), "the cost sweep is drawn");
        assertEquals("", attribute(dumped, "data-repeated-headings"));
    }

    /** Loads the report with the probes in Chromium and returns the DOM after layout. */
    private static String open(String report, Path temp) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = "Chromium not found at " + CHROMIUM + ": install the Debian package 'chromium' "
                    + "(.ci/run does this before mvn -B verify)";
            if (System.getenv("CI") != null) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        assertTrue(report.contains(HtmlReport.contentSecurityPolicy()));
        // The report itself runs no script; only this test's probes may, so it relaxes the policy for them.
        String probed = report
                .replace(HtmlReport.contentSecurityPolicy(), HtmlReport.contentSecurityPolicy() + "; script-src 'unsafe-inline'")
                .replace("<style>", HOOKS + "<style>")
                .replace("</body>", PROBE + "</body>");
        Path page = temp.resolve("report.html");
        Files.writeString(page, probed, StandardCharsets.UTF_8);

        Path dom = temp.resolve("dom.html");
        Path log = temp.resolve("chromium.log");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + temp.resolve("profile"), "--window-size=1400,2400",
                "--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri().toString())
                .redirectOutput(dom.toFile()).redirectError(log.toFile()).start();
        // A guard against a hung browser, not a timing assertion.
        if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            fail("Chromium did not finish within 120 s; log:\n" + Files.readString(log));
        }
        String dumped = Files.readString(dom, StandardCharsets.UTF_8);
        String stderr = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, chromium.exitValue(), () -> "Chromium failed:\n" + stderr);
        List<String> console = new ArrayList<>();
        for (String line : stderr.split("\n")) {
            if (line.contains(":CONSOLE")) {
                console.add(line);
            }
        }
        assertEquals(List.of(), console, "console messages");
        assertFalse(dumped.contains("data-errors="), () -> "page errors: " + attribute(dumped, "data-errors"));
        assertEquals("0", attribute(dumped, "data-resources"), "the page must fetch nothing");
        assertEquals("false", attribute(dumped, "data-overflow"), "the page must not scroll sideways at 1400 px");
        return dumped;
    }

    /** Every chart of the page measured: laid out, shapes drawn, text inside and apart; returns their number. */
    private static int checkCharts(String report, String dumped) {
        String[] charts = attribute(dumped, "data-probe").split(";");
        int expected = count(report, "class=\"chart\"");
        assertEquals(expected, charts.length, "every chart measured");
        for (String chart : charts) {
            String[] f = chart.split(":");
            String id = f[0];
            int shapes = Integer.parseInt(f[1]);
            int drawn = Integer.parseInt(f[2]);
            int width = Integer.parseInt(f[3]);
            int height = Integer.parseInt(f[4]);
            int texts = Integer.parseInt(f[5]);
            assertTrue(width >= 400 && height >= 150, id + " laid out at " + width + "×" + height);
            assertEquals("0", f[6], id + ": overlapping text boxes");
            assertEquals("0", f[7], id + ": text outside the chart box");
            if (f[8].equals("1")) {
                continue; // a chart without data says so in a box: nothing more to measure
            }
            assertTrue(drawn >= 5 && drawn * 10 >= shapes * 9, id + ": only " + drawn + " of " + shapes + " shapes have a box");
            assertTrue(texts >= 6, id + " shows title, legend and axis text, had " + texts);
        }
        return charts.length;
    }

    private static String attribute(String html, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(html);
        return m.find() ? m.group(1) : "(absent)";
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
