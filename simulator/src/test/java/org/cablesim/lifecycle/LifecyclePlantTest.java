package org.cablesim.lifecycle;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cablesim.scenario.PartKind;
import org.cablesim.stats.FixedDistribution;
import org.junit.jupiter.api.Test;

/** The plant is cross-checked at construction: every problem is an error naming the element. */
class LifecyclePlantTest {
    private static final FixedDistribution LOSS = new FixedDistribution(0.2);

    private static PhysicalLink link(String id, List<String> comps, List<LinkConnection> conns) {
        return TestLinks.link(id, 0, "t0", false, null, comps, conns, 0.1, 3.0, 4);
    }

    private static void rejects(String expected, Runnable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::run);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void referencesMustResolveBothWays() {
        rejects("unknown component x", () -> LifecyclePlant.builder().link(link("A", List.of("x"), List.of())).build());
        rejects("unknown link B", () -> LifecyclePlant.builder().link(link("A", List.of(), List.of()))
                .component("x", PartKind.CORD, "B").build());
        rejects("does not list it", () -> LifecyclePlant.builder().link(link("A", List.of(), List.of()))
                .component("x", PartKind.CORD, "A").build());
        rejects("does not carry it", () -> LifecyclePlant.builder().link(link("A", List.of("x"), List.of()))
                .link(link("B", List.of("x"), List.of())).component("x", PartKind.CORD, "A").build());
        rejects("not on its link", () -> LifecyclePlant.builder()
                .link(link("A", List.of(), List.of(TestLinks.conn("c", null, List.of("x"), LOSS, -60, 4))))
                .link(link("B", List.of("x"), List.of())).component("x", PartKind.CORD, "B").build());
    }

    @Test
    void idsMustBeUnique() {
        rejects("duplicate link id A", () -> LifecyclePlant.builder().link(link("A", List.of(), List.of()))
                .link(link("A", List.of(), List.of())).build());
        rejects("duplicate connection id c", () -> LifecyclePlant.builder()
                .link(link("A", List.of(), List.of(TestLinks.conn("c", null, List.of(), LOSS, -60, 4))))
                .link(link("B", List.of(), List.of(TestLinks.conn("c", null, List.of(), LOSS, -60, 4)))).build());
        rejects("duplicate component id x", () -> LifecyclePlant.builder().link(link("A", List.of("x"), List.of()))
                .component("x", PartKind.CORD, "A").component("x", PartKind.CORD, "A").build());
        rejects("at least one link", () -> LifecyclePlant.builder().build());
    }

    @Test
    void valuesAreChecked() {
        rejects("budgetDb", () -> TestLinks.link("A", 0, "t0", false, null, List.of(), List.of(), 3.0, 3.0, 4));
        rejects("server id", () -> TestLinks.link("A", 0, "t0", true, null, List.of(), List.of(), 0, 3.0, 4));
        rejects("server id", () -> TestLinks.link("A", 0, "t0", false, "s", List.of(), List.of(), 0, 3.0, 4));
        rejects("lanes", () -> TestLinks.link("A", 0, "t0", false, null, List.of(), List.of(), 0, 3.0, 0));
        rejects("reflectanceDb", () -> TestLinks.conn("c", null, List.of(), LOSS, 1, 4));
        rejects("carries no link", () -> new Component("x", PartKind.TRUNK, List.of()));
        rejects("named both", () -> LifecyclePlant.builder().link(link("A", List.of(), List.of()))
                .link(TestLinks.link("B", 0, "other", false, null, List.of(), List.of(), 0, 3.0, 4)).build());
    }
}
