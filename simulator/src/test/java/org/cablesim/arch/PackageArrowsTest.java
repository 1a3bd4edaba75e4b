package org.cablesim.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The package map as an allow-list (README, "Architecture"): each package may import only the packages listed for
 * it (besides itself and {@code java..}), and every package of cablesim must be listed. The arrows follow the data
 * flow: scenario → topology → plant → loss engine and lifecycle → study → writers and the command line.
 */
class PackageArrowsTest {
    private static final String COMMONS_MATHS = "org.apache.commons.(rng|statistics|math3|numbers)..";
    private static final String JACKSON = "com.fasterxml.jackson..";
    private static final Map<String, List<String>> ALLOWED = new LinkedHashMap<>();

    static {
        allow("kernel");
        allow("stats", COMMONS_MATHS);
        allow("random", "stats", COMMONS_MATHS);
        allow("catalog", "stats");
        allow("polarity", "catalog", "stats");
        allow("optics", "catalog", "stats", COMMONS_MATHS);
        allow("scenario", "catalog", "polarity", "optics", "stats");
        allow("topology", "scenario", "catalog", "stats", "org.jgrapht..");
        // org.jheaps: JGraphT's own heaps, for routes that tie exactly as JGraphT's Dijkstra ties (PathwayDijkstra)
        allow("plant", "topology", "scenario", "catalog", "polarity", "optics", "stats", "org.jgrapht..",
                "org.jheaps..");
        allow("montecarlo", "optics", "random", "scenario", "stats", COMMONS_MATHS);
        allow("lifecycle", "kernel", "random", "optics", "scenario", "stats", COMMONS_MATHS);
        allow("study", "lifecycle", "montecarlo", "plant", "topology", "scenario", "optics", "polarity", "catalog",
                "random", "stats", COMMONS_MATHS);
        allow("io", "scenario", "catalog", "polarity", "optics", "lifecycle", "stats", JACKSON, "org.yaml..");
        allow("report", "study", "lifecycle", "montecarlo", "plant", "topology", "scenario", "optics", "polarity",
                "catalog", "stats", JACKSON, "org.jgrapht..", "org.apache.poi..");
        allow("search", "io", "study", "plant", "topology", "scenario", "random", "stats", COMMONS_MATHS, JACKSON);
        allow("certification", "study", "montecarlo", "plant", "topology", "scenario", "optics", "polarity",
                "catalog", "random", "stats", COMMONS_MATHS);
        allow("certificationfiles", "certification", "report", "io", "catalog", JACKSON);
        allow("netbox", "report", "plant", "topology", "scenario", "polarity", "catalog", JACKSON);
        allow("fabricexport", "report", "study", "plant", "topology", "catalog", JACKSON, "org.jgrapht..");
        allow("bench", "study", "lifecycle", "montecarlo", "plant", "topology", "io", "scenario", "optics",
                "polarity", "catalog", "random", "kernel", "stats", COMMONS_MATHS);
        allow("cli", "netbox", "fabricexport", "certificationfiles", "certification", "bench", "report", "search",
                "io", "study", "lifecycle", "montecarlo", "plant", "topology", "scenario",
                "optics", "polarity", "catalog", "random", "stats", JACKSON, "picocli..", "com.sun.management..");
    }

    private static JavaClasses classes;

    private static void allow(String pkg, String... imports) {
        ALLOWED.put(pkg, List.of(imports));
    }

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cablesim");
    }

    static List<String> packages() {
        return new ArrayList<>(ALLOWED.keySet());
    }

    @ParameterizedTest
    @MethodSource("packages")
    void importsOnlyWhatTheMapAllows(String pkg) {
        List<String> allowed = new ArrayList<>(List.of("java..", "org.cablesim." + pkg + ".."));
        for (String target : ALLOWED.get(pkg)) {
            allowed.add(target.contains(".") ? target : "org.cablesim." + target + "..");
        }
        classes().that().resideInAPackage("org.cablesim." + pkg + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void everyPackageIsOnTheMap() {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : classes) {
            String rest = c.getPackageName().substring("org.cablesim".length());
            if (!rest.isEmpty()) {
                found.add(rest.substring(1).split("\\.")[0]);
            }
        }
        assertEquals(new TreeSet<>(ALLOWED.keySet()), found, "add new packages to the map (and the README)");
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("org.cablesim.(*)..").should().beFreeOfCycles().check(classes);
    }
}
