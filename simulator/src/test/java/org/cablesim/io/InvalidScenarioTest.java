package org.cablesim.io;

import org.cablesim.scenario.InvalidInputException;
import org.cablesim.scenario.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file under scenarios/invalid has exactly one thing wrong; the reader must report exactly one problem, at
 * exactly the expected path, with the expected words.
 */
public class InvalidScenarioTest {

    public static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("unknown-top-field.yaml", "colour", "unknown field 'colour' (known: catalog, cluster,"),
                Arguments.of("unknown-tier-field.yaml", "fabric.tiers[1].breakuot",
                        "unknown field 'breakuot', did you mean 'breakout'?"),
                Arguments.of("missing-schema-version.yaml", "schemaVersion", "required field missing"),
                Arguments.of("wrong-schema-version.yaml", "schemaVersion",
                        "unsupported schemaVersion 2 (this cablesim reads schemaVersion 1)"),
                Arguments.of("bad-name.yaml", "name", "must match [A-Za-z0-9._-]+, was 'my case'"),
                Arguments.of("servers-as-string.yaml", "cluster.servers", "expected an integer, was string '64'"),
                Arguments.of("servers-zero.yaml", "cluster.servers", "must be in 1..1000000, was 0"),
                Arguments.of("missing-cluster.yaml", "cluster", "required field missing"),
                Arguments.of("bad-topology.yaml", "fabric.topology",
                        "unknown value 'rail' (expected one of: leaf-spine, rail-optimized)"),
                Arguments.of("unknown-pmd.yaml", "fabric.tiers[1].pmd",
                        "unknown PMD '800GBASE-DR9' (known: 1.6T-2xDR4, 1.6TBASE-DR8, 100GBASE-DR, 100GBASE-FR1, "),
                Arguments.of("one-tier.yaml", "fabric.tiers", "a fabric has 2 or 3 tiers"),
                Arguments.of("servers-not-multiple-of-unit.yaml", "cluster.servers",
                        "must be a multiple of fabric.serversPerUnit (32) for rail-optimized, was 100"),
                Arguments.of("missing-servers-per-unit.yaml", "fabric.serversPerUnit", "required field missing"),
                Arguments.of("servers-per-unit-on-leaf-spine.yaml", "fabric.serversPerUnit",
                        "only allowed when topology is rail-optimized"),
                Arguments.of("link-speed-above-pmd.yaml", "fabric.tiers[0].linkSpeedGbps",
                        "PMD 400GBASE-DR4 has 400 Gb/s ports of 100 Gb/s lanes: a link uses whole lanes and an equal"
                                + " share of the port (400, 200, 100), was 800"),
                Arguments.of("breakout-wider-than-port.yaml", "fabric.tiers[1].breakout",
                        "breakout x linkSpeedGbps = 1600 Gb/s exceeds fabric.switchPortSpeedGbps (800)"),
                Arguments.of("bad-leaf-placement.yaml", "floor.leafPlacement",
                        "unknown value 'top-of-rack' (expected one of: end-of-row, middle-of-row)"),
                Arguments.of("rack-pitch-zero.yaml", "floor.rackPitchM", "must be in (0, 5], was 0"),
                Arguments.of("duplicate-plan-name.yaml", "plans[1].name",
                        "duplicate plan name 'mpo12' (also plans[0])"),
                Arguments.of("empty-plans.yaml", "plans", "must list at least one plan"),
                Arguments.of("missing-catalog-file.yaml", "catalog.files[0]", "catalog file not found: "),
                Arguments.of("broken-catalog-file.yaml", "catalog.files[0]",
                        "catalogs/broken-catalog.yaml: lossClasses.my-class.source: required field missing"),
                Arguments.of("bad-catalog-override.yaml", "catalog.overrides.lossClasses.grade-C.meanDb",
                        "expected a number, was string 'high'"),
                Arguments.of("malformed.yaml", "(file)",
                        "malformed YAML at line 6, column 17: mapping values are not allowed here"),
                Arguments.of("duplicate-key.yaml", "(file)",
                        "malformed YAML at line 4, column 5: Duplicate field 'name'"),
                Arguments.of("study-unknown-baseline.yaml", "study.baseline", "unknown plan 'mpo16' (plans: baseline)"),
                Arguments.of("montecarlo-bad-method.yaml", "montecarlo.method",
                        "unknown value 'importance' (expected one of: auto, plain, rare-event)"),
                Arguments.of("lifecycle-zero-replications.yaml", "lifecycle.replications",
                        "must be in 1..100000, was 0"),
                Arguments.of("seed-not-integer.yaml", "seed", "expected an integer, was number 1.5"),
                Arguments.of("bool-as-string.yaml", "montecarlo.countTransceiverMatedPairs",
                        "expected true or false, was string 'yes'"),
                Arguments.of("oversubscription-below-one.yaml", "fabric.oversubscription",
                        "must be in [1, 64], was 0.5"),
                Arguments.of("duplicate-tier-name.yaml", "fabric.tiers[1].name",
                        "duplicate tier name 'server-leaf' (also fabric.tiers[0])"),
                Arguments.of("nics-zero.json", "cluster.nicsPerServer", "must be in 1..64, was 0"),
                Arguments.of("tiers-not-a-list.json", "fabric.tiers", "expected a list, was a mapping"),
                Arguments.of("malformed.json", "(file)", "malformed JSON at line 3, column 18: Unexpected character"),
                Arguments.of("plan-unknown-tier.yaml", "plans[0].tiers.spine-leaf",
                        "unknown tier 'spine-leaf' (tiers: server-leaf, leaf-spine)"),
                Arguments.of("plan-bad-architecture.yaml", "plans[0].tiers.leaf-spine.architecture",
                        "unknown value 'patch' (expected one of: direct, interconnect, cross-connect, copper)"),
                Arguments.of("plan-pmd-speed-mismatch.yaml", "plans[0].tiers.leaf-spine.pmd",
                        "PMD 400GBASE-DR4 cannot carry the tier's 800 Gb/s links"),
                Arguments.of("plan-unknown-pmd.yaml", "plans[0].tiers.leaf-spine.pmd",
                        "unknown PMD '800GBASE-DR9' (known: 1.6T-2xDR4,"),
                Arguments.of("plan-unknown-connector.yaml", "plans[0].tiers.leaf-spine.trunk.connector",
                        "unknown connector 'MPO-13' (known: LC-duplex, MPO-12, MPO-16, MPO-24, MPO-32, MPO-8)"),
                Arguments.of("plan-unknown-trunk-field.yaml", "plans[0].tiers.server-leaf.trunk.leg",
                        "unknown field 'leg', did you mean 'legs'?"),
                Arguments.of("plan-legs-not-whole-cassettes.yaml", "plans[0].tiers.server-leaf.trunk.legs",
                        "must be a multiple of cassette conv-2xMPO12-3xMPO8's 2 rear ports, was 5"),
                Arguments.of("plan-panel-splits-cassette.yaml", "plans[0].tiers.server-leaf.panels.portsPerRu",
                        "a panel of portsPerRu x ruPerPanel = 32 ports must hold whole cassettes of 3 front ports"),
                Arguments.of("plan-jumpers-without-cross-connect.yaml", "plans[0].tiers.server-leaf.jumpers",
                        "only allowed when architecture is cross-connect"),
                Arguments.of("plan-trunk-on-direct.yaml", "plans[0].tiers.server-leaf.trunk",
                        "not used when architecture is direct"),
                Arguments.of("plan-bad-capacity-policy.yaml", "plans[0].onCapacityExhausted",
                        "unknown value 'grow' (expected one of: add, fail)"),
                Arguments.of("plan-unknown-cassette.yaml", "plans[0].tiers.server-leaf.cassette.id",
                        "unknown cassette 'conv-3xMPO12' (known: conv-2xMPO12-3xMPO8, conv-MPO16-2xMPO8,"),
                Arguments.of("plan-bad-polarity-method.yaml", "plans[0].tiers.server-leaf.polarityMethod",
                        "unknown value 'D' (expected one of: A, B, C, U1, U2)"),
                Arguments.of("plan-trunk-type-u1.yaml", "plans[0].tiers.leaf-spine.trunk.type",
                        "unknown value 'U1' (expected one of: A, B, C)"),
                Arguments.of("plan-bad-adapter-type.yaml", "plans[0].tiers.leaf-spine.adapterType",
                        "unknown value 'C' (expected one of: A, B)"),
                Arguments.of("plan-trunk-gender-none.yaml", "plans[0].tiers.server-leaf.trunk.gender",
                        "unknown value 'none' (expected one of: pinned, unpinned)"),
                Arguments.of("plan-name-dots.yaml", "plans[0].name",
                        "a plan name of only dots cannot name its result directory"),
                Arguments.of("plan-unknown-loss-class.yaml", "plans[0].tiers.server-leaf.lossClasses.adapter",
                        "unknown loss class 'grade-Z' (known: grade-B,"),
                Arguments.of("lifecycle-unknown-repair-field.yaml", "lifecycle.repair.crew",
                        "unknown field 'crew', did you mean 'crews'?"),
                Arguments.of("lifecycle-bad-cleaning.yaml", "lifecycle.cleaning",
                        "unknown value 'sometimes' (expected one of: inspect-always, clean-only, none)"),
                Arguments.of("lifecycle-lognormal-p97-too-wide.yaml", "lifecycle.repair.travelHours.p97Hours",
                        "a lognormal's p97 must be 1 to 5.863 times its mean (1), was 10"),
                Arguments.of("lifecycle-duration-unused-parameter.yaml", "lifecycle.repair.replaceHours.trunk.shape",
                        "not used by family uniform (it takes minHours, maxHours)"),
                Arguments.of("lifecycle-failure-unknown-kind.yaml", "lifecycle.failures.laser",
                        "unknown field 'laser' (known: cassette, cord, switch-port, transceiver, trunk)"),
                Arguments.of("lifecycle-failure-rate-negative.yaml", "lifecycle.failures.transceiver.perYear",
                        "must be in [0, 100], was -0.1"),
                Arguments.of("lifecycle-job-gpus-not-multiple.yaml", "lifecycle.job.gpus",
                        "must be a multiple of cluster.gpusPerServer (8), was 12"),
                Arguments.of("lifecycle-upgrade-unknown-tier.yaml", "lifecycle.upgrades[0].tier",
                        "unknown tier 'spine-leaf' (tiers: server-leaf, leaf-spine)"),
                Arguments.of("lifecycle-upgrade-after-horizon.yaml", "lifecycle.upgrades[0].day",
                        "must be before lifecycle.horizonDays (365), was 400"),
                Arguments.of("lifecycle-upgrade-unknown-pmd.yaml", "lifecycle.upgrades[0].toPmd",
                        "unknown PMD '3.2T-DR8' (known: 1.6T-2xDR4,"),
                Arguments.of("lifecycle-upgrade-duplicate-name.yaml", "lifecycle.upgrades[1].name",
                        "duplicate upgrade name 'a' (also lifecycle.upgrades[0])"),
                Arguments.of("lifecycle-uniform-max-below-min.yaml",
                        "lifecycle.repair.detectionDelayMinutes.maxMinutes", "must be >= minMinutes (2), was 1"),
                Arguments.of("lifecycle-duration-not-a-number.yaml", "lifecycle.repair.travelHours",
                        "expected a number (hours) or a mapping with a family, was string 'fast'"),
                Arguments.of("plan-copper-with-trunk.yaml", "plans[0].tiers.server-leaf.trunk",
                        "not used when architecture is copper"),
                Arguments.of("plan-copper-wrong-split.yaml", "plans[0].tiers.server-leaf.copper",
                        "copper cable DAC-800G-2x400G has 2 end(s) of 400 Gb/s but the tier's links are 400 Gb/s,"
                                + " 1 per switch port"),
                Arguments.of("plan-copper-missing.yaml", "plans[0].tiers.server-leaf.copper", "required"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("cases")
    void reportsExactlyOneProblemAtThePath(String file, String path, String messageStart) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ScenarioReader.read(TestFiles.scenario("invalid/" + file)));
        assertEquals(1, e.problems().size(), e.getMessage());
        Problem problem = e.problems().get(0);
        assertEquals(path, problem.path(), e.getMessage());
        assertTrue(problem.message().startsWith(messageStart), problem.message());
        assertEquals(path + ": " + problem.message(), e.getMessage());
    }

    @Test
    void everyInvalidFileIsACase() throws IOException {
        Path dir = TestFiles.scenario("invalid");
        Set<String> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> listed = cases().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(files, listed);
        assertTrue(listed.size() >= 18);
    }

    @Test
    void unknownPmdMessageListsEveryKnownPmdSorted() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ScenarioReader.read(TestFiles.scenario("invalid/unknown-pmd.yaml")));
        List<String> ids = CatalogReader.builtIn().pmdIds();
        assertEquals("fabric.tiers[1].pmd: unknown PMD '800GBASE-DR9' (known: " + String.join(", ", ids) + ")",
                e.getMessage());
    }
}
