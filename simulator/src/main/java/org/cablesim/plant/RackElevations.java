package org.cablesim.plant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.cablesim.polarity.CheckKind;
import org.cablesim.scenario.RackSpec;
import org.cablesim.topology.Device;
import org.cablesim.topology.DeviceRole;
import org.cablesim.topology.RackLocation;

/**
 * The elevation of every rack of a routed plan: which device or panel occupies which rack units. Devices fill a rack
 * from RU 1 up in fabric order (servers {@code serverRu}, switches {@code switchRu} each); panels stand where the
 * router put them, from the top down (see {@link RackSpace}). A rack whose mounts reach above its height, or whose
 * devices draw more than the power budget, is a {@link CheckKind#RACK_SPACE} violation.
 */
public final class RackElevations {
    /** What a mount is; result files name it in lower-hyphen case. */
    public enum Role {
        SERVER, LEAF_SWITCH, SPINE_SWITCH, CORE_SWITCH, PATCH_PANEL, CASSETTE_ENCLOSURE, CROSS_CONNECT_PANEL;

        /** The spelling in result files, e.g. {@code patch-panel}. */
        public String fileName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One device or panel in a rack.
     *
     * @param ru       the lowest rack unit it occupies, ≥ 1
     * @param heightRu rack units it takes, ≥ 1
     * @param device   the device id or panel label
     * @param role     what it is
     * @param tierName the fabric tier a panel serves, empty for a device
     */
    public record Mount(int ru, int heightRu, String device, Role role, String tierName) {
        public Mount {
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(tierName, "tierName");
            if (ru < 1 || heightRu < 1) {
                throw new IllegalArgumentException(device + ": ru and heightRu must be >= 1");
            }
        }

        /** The highest rack unit it occupies. */
        public int topRu() {
            return ru + heightRu - 1;
        }
    }

    /**
     * One rack.
     *
     * @param label     TIA-606 rack label
     * @param row       floor row, ≥ 0
     * @param position  position in the row, ≥ 0
     * @param patchRack whether the plant added it for panels (network-rack placement or overflow)
     * @param heightRu  usable rack units
     * @param powerKw   power its devices draw, kW
     * @param mounts    devices and panels, top first
     */
    public record Rack(String label, int row, int position, boolean patchRack, int heightRu, double powerKw,
            List<Mount> mounts) {
        public Rack {
            mounts = List.copyOf(mounts);
        }

        /** Rack units occupied. */
        public int usedRu() {
            return mounts.stream().mapToInt(Mount::heightRu).sum();
        }

        /** Whether some mount reaches above the rack's height. */
        public boolean overHeight() {
            return mounts.stream().anyMatch(m -> m.topRu() > heightRu);
        }
    }

    private final List<Rack> racks;
    private final List<PlantViolation> violations;

    private RackElevations(List<Rack> racks, List<PlantViolation> violations) {
        this.racks = List.copyOf(racks);
        this.violations = List.copyOf(violations);
    }

    /**
     * The elevations of a plan's racks, in pathway-node order (equipment racks, then patching racks); computed once
     * per plan, however many files and checks read them.
     */
    public static RackElevations of(CablingPlan plan) {
        return plan.elevations.get();
    }

    static RackElevations compute(CablingPlan plan) {
        RackSpec spec = plan.racks();
        PathwayGraph pathways = plan.pathways();
        Map<Integer, List<Mount>> mounts = new HashMap<>();
        Map<Integer, Double> power = new HashMap<>();
        for (Map.Entry<RackLocation, List<Device>> e : plan.fabric().racks().entrySet()) {
            int node = pathways.rack(e.getKey()).id();
            List<Mount> list = mounts.computeIfAbsent(node, k -> new ArrayList<>());
            int ru = 1;
            double kw = 0;
            for (Device d : e.getValue()) {
                boolean server = d.role() == DeviceRole.SERVER;
                int h = server ? spec.serverRu() : spec.switchRu();
                list.add(new Mount(ru, h, d.id(), role(d.role()), ""));
                ru += h;
                kw += server ? spec.serverKw() : spec.switchKw();
            }
            power.put(node, kw);
        }
        Map<String, Integer> nodeOfLabel = new HashMap<>();
        for (PathwayNode n : pathways.nodes()) {
            if (n.isRack()) {
                nodeOfLabel.put(n.label(), n.id());
            }
        }
        for (PanelLayout.Panel p : PanelLayout.panels(plan)) {
            Role role = p.crossConnect() ? Role.CROSS_CONNECT_PANEL
                    : p.cassette() != null ? Role.CASSETTE_ENCLOSURE : Role.PATCH_PANEL;
            mounts.computeIfAbsent(nodeOfLabel.get(p.rackLabel()), k -> new ArrayList<>())
                    .add(new Mount(p.ru(), p.rackUnits(), p.label(), role, p.tierName()));
        }
        List<Rack> racks = new ArrayList<>();
        List<PlantViolation> violations = new ArrayList<>();
        for (PathwayNode n : pathways.nodes()) {
            // a patching rack reserved beside a network rack that nothing overflowed into stays an empty position
            if (!n.isRack() || !mounts.containsKey(n.id()) && pathways.reservedBeside(n)) {
                continue;
            }
            List<Mount> list = new ArrayList<>(mounts.getOrDefault(n.id(), List.of()));
            list.sort(Comparator.comparingInt(Mount::ru).reversed());
            Rack rack = new Rack(n.label(), n.row(), n.position(), n.kind() == PathwayNode.Kind.PATCH_RACK,
                    spec.heightRu(), power.getOrDefault(n.id(), 0.0), list);
            racks.add(rack);
            if (rack.overHeight()) {
                violations.add(new PlantViolation(rack.label(), 0, CheckKind.RACK_SPACE, -1, String.format(
                        Locale.ROOT, "rack %s needs %d RU of its %d RU (%d mounts above the top); set"
                                + " floor.racks.panelOverflow: patch-rack, fewer devices per rack or taller racks",
                        rack.label(), rack.usedRu(), rack.heightRu(),
                        rack.mounts().stream().filter(m -> m.topRu() > rack.heightRu()).count())));
            }
            if (spec.powerBudgetKw() > 0 && rack.powerKw() > spec.powerBudgetKw() + 1e-9) {
                violations.add(new PlantViolation(rack.label(), 0, CheckKind.RACK_SPACE, -1, String.format(
                        Locale.ROOT, "rack %s draws %.1f kW, over its %.1f kW power budget; put fewer devices in a"
                                + " rack", rack.label(), rack.powerKw(), spec.powerBudgetKw())));
            }
        }
        return new RackElevations(racks, violations);
    }

    private static Role role(DeviceRole r) {
        return switch (r) {
            case SERVER -> Role.SERVER;
            case LEAF -> Role.LEAF_SWITCH;
            case SPINE -> Role.SPINE_SWITCH;
            case CORE -> Role.CORE_SWITCH;
        };
    }

    /** Every rack, equipment racks first, then patching racks, each in pathway-node order. */
    public List<Rack> racks() {
        return racks;
    }

    /** One {@link CheckKind#RACK_SPACE} violation per rack over its height or power budget, rack order. */
    public List<PlantViolation> violations() {
        return violations;
    }
}
