package org.cablesim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cablesim.io.LoadedScenario;
import org.cablesim.io.ScenarioLoader;
import org.cablesim.scenario.InvalidInputException;
import org.cablesim.scenario.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scenarios that read well but cannot be built: the study stage (not the file reader) finds that a tier's ends or a
 * plan's cabling cannot be resolved, and reports exactly one problem at the field's path.
 */
class UnbuildableScenarioTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("breakout-without-harness.yaml", "fabric.tiers[0].harness",
                        "800GBASE-DR8 has one MPO-16 MDI: breaking it into 2 links of 400 Gb/s needs a breakout"
                                + " harness"),
                Arguments.of("breakout-without-lower-pmd.yaml", "fabric.tiers[0].lowerPmd",
                        "required: 800GBASE-DR8 (800 Gb/s) is shared by 2 links of 400 Gb/s, so the NICs hold"
                                + " another module"),
                Arguments.of("breakout-wdm.yaml", "fabric.tiers[0].breakout",
                        "400GBASE-FR4 lights 1 Tx fibre(s) on each of its 1 MDI(s): its lanes cannot be split into"
                                + " 4 links by fibre (it multiplexes lanes onto one fibre)"),
                Arguments.of("breakout-harness-wrong-legs.yaml", "fabric.tiers[0].harness",
                        "harness MPO12-4xLC has 4 legs but the port serves 2 links"),
                Arguments.of("breakout-lower-pmd-mismatch.yaml", "fabric.tiers[0].lowerPmd",
                        "400GBASE-SR4 at the lower end and 800GBASE-DR8 at the upper end do not run the same lanes"),
                Arguments.of("plan-method-b-apc.yaml", "plans[0].tiers.leaf-spine.polarityMethod",
                        "Method B needs key-up/key-up (Type-B) adapters, in which APC array plugs cannot touch"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("cases")
    void reportsExactlyOneProblemAtThePath(String file, String path, String messageStart) throws Exception {
        LoadedScenario loaded = ScenarioLoader.load(dir().resolve(file));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> StudyPreparation.prepare(loaded.scenario(), loaded.sweepPoints()));
        assertEquals(1, e.problems().size(), e.getMessage());
        Problem problem = e.problems().get(0);
        assertEquals(path, problem.path(), e.getMessage());
        assertTrue(problem.message().startsWith(messageStart), problem.message());
    }

    @Test
    void everyUnbuildableFileIsACase() throws Exception {
        Set<String> files;
        try (Stream<Path> list = Files.list(dir())) {
            files = list.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files, cases().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new)));
    }

    private static Path dir() throws Exception {
        return Path.of(UnbuildableScenarioTest.class.getResource("/scenarios/unbuildable").toURI());
    }
}
