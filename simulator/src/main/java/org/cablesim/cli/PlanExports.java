package org.cablesim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.cablesim.certification.ComponentAllowances;
import org.cablesim.certification.LaneLossQuantiles;
import org.cablesim.certification.TestLimits;
import org.cablesim.certificationfiles.TestLimitFiles;
import org.cablesim.fabricexport.FabricExport;
import org.cablesim.fabricexport.FabricFiles;
import org.cablesim.fabricexport.SharedRiskGroup;
import org.cablesim.netbox.NetboxExportBuilder;
import org.cablesim.netbox.NetboxFiles;
import org.cablesim.netbox.NetboxObjects;
import org.cablesim.plant.CablingPlan;
import org.cablesim.scenario.Scenario;
import org.cablesim.study.PlanLoss;

/** The interoperability exports of one plan ({@code run --export}, {@code export}), each into its own directory. */
final class PlanExports {
    /** Monte Carlo trials per distinct set of connections for test-limit expectations without a closed form. */
    static final long TEST_LIMIT_TRIALS = 100_000;
    /** Shared-risk groups printed per plan. */
    static final int LARGEST_GROUPS = 5;

    /** What can be exported; the directory name under {@code plans/<plan>/} is the kind's id. */
    enum Kind {
        NETBOX, TEST_LIMITS, FABRIC;

        String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private PlanExports() {
    }

    /** Parses {@code netbox,test-limits,fabric}; an unknown kind is an IllegalArgumentException naming the known. */
    static EnumSet<Kind> parse(String kinds) {
        EnumSet<Kind> out = EnumSet.noneOf(Kind.class);
        for (String k : kinds.split(",")) {
            Kind kind = null;
            for (Kind c : Kind.values()) {
                if (c.id().equals(k.trim())) {
                    kind = c;
                }
            }
            if (kind == null) {
                throw new IllegalArgumentException("unknown export '" + k.trim() + "' (known: netbox, test-limits,"
                        + " fabric)");
            }
            out.add(kind);
        }
        return out;
    }

    /**
     * Writes one kind into the existing directory {@code dir}.
     *
     * @return lines for the terminal (the largest shared-risk groups of a fabric export)
     */
    static List<String> write(Kind kind, Scenario scenario, CablingPlan plan, PlanLoss loss, long seed, Path dir)
            throws IOException {
        List<String> lines = new ArrayList<>();
        switch (kind) {
            case NETBOX -> NetboxFiles.write(netbox(scenario, plan), dir);
            case TEST_LIMITS -> TestLimitFiles.write(new TestLimits(plan,
                    scenario.montecarlo().countTransceiverMatedPairs(), ComponentAllowances.TIA_568_3,
                    new LaneLossQuantiles(seed, TEST_LIMIT_TRIALS)), dir);
            case FABRIC -> {
                FabricExport export = FabricExport.of(scenario.name() + "/" + plan.planName(), plan, loss);
                FabricFiles.write(export, dir);
                lines.add(plan.planName() + ": " + export.groups().size() + " shared-risk groups; largest:");
                for (SharedRiskGroup g : export.groups().subList(0, Math.min(LARGEST_GROUPS,
                        export.groups().size()))) {
                    lines.add(String.format(Locale.ROOT, "  %4d links  %-8s %s", g.size(), g.kind().id(), g.label()));
                }
            }
            default -> throw new IllegalStateException(kind.toString());
        }
        return lines;
    }

    static NetboxObjects.Export netbox(Scenario scenario, CablingPlan plan) {
        return NetboxExportBuilder.build(scenario, plan);
    }
}
