package org.cablesim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.cablesim.cli.Main;
import org.cablesim.io.LoadedScenario;
import org.cablesim.io.ScenarioLoader;
import org.cablesim.report.SearchFiles;
import org.cablesim.report.TableFiles;
import org.cablesim.search.DesignPoints;
import org.cablesim.search.DesignStudy;
import org.cablesim.search.EvaluationEngine;
import org.cablesim.search.LocalEngine;
import org.cablesim.search.PointJournal;
import org.cablesim.search.SearchFixtures;
import org.cablesim.study.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine on an embedded {@code local[2]} master gives the local engine's bytes: a whole study run and a
 * whole search through the command line with {@code --engine spark}, and the study's points under 1, 2 and 5
 * partitions.
 */
class SparkEngineTest {
    @TempDir
    Path temp;

    @Test
    void aStudyAndASearchOnSparkWriteTheLocalEnginesFiles() throws Exception {
        Path grid = copy("designs/grid-prices.yaml");
        Path search = copy("search/small-search.yaml");
        run(0, "run", grid.toString(), "--out", temp.resolve("study-local").toString(), "--quiet");
        run(0, "search", search.toString(), "--out", temp.resolve("search-local").toString(), "--quiet");
        System.setProperty("spark.master", "local[2]");
        System.setProperty("spark.ui.enabled", "false");
        System.setProperty("spark.driver.host", "127.0.0.1");
        System.setProperty("spark.driver.bindAddress", "127.0.0.1");
        try {
            run(0, "run", grid.toString(), "--out", temp.resolve("study-spark").toString(), "--quiet",
                    "--engine", "spark");
            run(0, "search", search.toString(), "--out", temp.resolve("search-spark").toString(), "--quiet",
                    "--engine", "spark");
        } finally {
            System.clearProperty("spark.master");
        }
        assertSameFiles(temp.resolve("study-local"), temp.resolve("study-spark"), "sweep.csv");
        assertSameFiles(temp.resolve("search-local"), temp.resolve("search-spark"), SearchFiles.JSON);
    }

    @Test
    void thePartitioningChangesNothing() throws Exception {
        LoadedScenario loaded = ScenarioLoader.load(copy("designs/grid-prices.yaml"));
        DesignPoints points = DesignPoints.of(loaded.document().study(), loaded.scenario().run().seed());
        String local;
        try (EvaluationEngine engine = new LocalEngine(1)) {
            local = study(loaded, points, engine, "local");
        }
        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("cablesim-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1");
        try (JavaSparkContext context = new JavaSparkContext(conf)) {
            for (int partitions : new int[] {1, 2, 5}) {
                assertEquals(local, study(loaded, points, new SparkEngine(context, partitions, false),
                        "spark-" + partitions), partitions + " partition(s)");
            }
            String searchLocal;
            try (EvaluationEngine engine = new LocalEngine(2)) {
                searchLocal = SearchFiles.json(SearchFixtures.search(ScenarioLoader.load(copy(
                        "search/small-search-no-failures.yaml")), engine, false));
            }
            assertEquals(searchLocal, SearchFiles.json(SearchFixtures.search(ScenarioLoader.load(copy(
                    "search/small-search-no-failures.yaml")), new SparkEngine(context, 3, false), false)));
        }
    }

    private String study(LoadedScenario loaded, DesignPoints points, EvaluationEngine engine, String name)
            throws IOException {
        try (PointJournal journal = PointJournal.open(temp.resolve(name + ".jsonl"), "{}", false)) {
            return TableFiles.sweep(DesignStudy.run(SearchFixtures.job(loaded, 1), points, engine, journal,
                    ProgressListener.NONE));
        }
    }

    private static void run(int expected, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(expected, code, String.join(" ", args) + "\n" + err + out);
    }

    /** A test scenario of the simulator's test jar, copied to a file (resources in a jar have no path). */
    private Path copy(String relative) throws IOException {
        Path file = temp.resolve("scenarios").resolve(relative);
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            try (InputStream in = SparkEngineTest.class.getResourceAsStream("/scenarios/" + relative)) {
                Files.copy(in, file);
            }
        }
        return file;
    }

    private static void assertSameFiles(Path expected, Path actual, String mustHave) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(expected)) {
            files = walk.filter(Files::isRegularFile).map(expected::relativize).sorted().toList();
        }
        try (Stream<Path> walk = Files.walk(actual)) {
            assertEquals(files, walk.filter(Files::isRegularFile).map(actual::relativize).sorted().toList());
        }
        assertTrue(files.contains(Path.of(mustHave)), files.toString());
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)),
                    f.toString());
        }
    }
}
