package org.cablesim.plant;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cablesim.catalog.CassetteType;
import org.cablesim.polarity.ConnectorEnd;
import org.cablesim.polarity.PortPosition;
import org.cablesim.scenario.Architecture;

/**
 * The patch panels of a routed plan and the panel port every trunk leg lands on: the facts a DCIM export needs that
 * the channels alone do not carry (provisioned panels, empty ports, spare trunks and unused legs). Read from the
 * router's allocation, so labels are the ones the channels use ({@code R01-09.U40}, port numbers within a panel).
 *
 * <p>Port numbering inside a panel: front ports 1..{@code frontPorts} are the stack ports the channels name
 * ({@code R01-09.U40.05} is front port 5); a plain adapter panel's rear port k is behind front port k; a cassette
 * panel's cassette c (0-based within the panel) holds front ports c·f+1 … c·f+f and rear ports c·r+1 … c·r+r.
 */
public final class PanelLayout {
    private PanelLayout() {
    }

    /**
     * One patch panel.
     *
     * @param label        TIA-606 label: rack and lowest rack unit, e.g. {@code R01-09.U40}; non-blank
     * @param rackLabel    the rack (or patching rack) it is mounted in
     * @param ru           the lowest rack unit it occupies (above the rack's height when it does not fit)
     * @param tierIndex    the fabric tier whose channels it carries
     * @param tierName     that tier's name
     * @param crossConnect whether it is the equipment side of a cross-connect (cords meet jumpers here)
     * @param lowerSide    whether it holds the lower (near) ends of its trunks or jumpers
     * @param frontPorts   front ports (adapters or cassette front ports), ≥ 1
     * @param rearPorts    rear ports: one per front port on an adapter panel, r per cassette on a cassette panel
     * @param rackUnits    rack units it takes, ≥ 1
     * @param frontPlug    the plug the front ports take (connector, rows, polish)
     * @param rearPlug     the plug the rear ports take
     * @param cassette     the cassette type of a cassette panel, or null for an adapter panel
     */
    public record Panel(String label, String rackLabel, int ru, int tierIndex, String tierName, boolean crossConnect,
            boolean lowerSide, int frontPorts, int rearPorts, int rackUnits, ConnectorEnd frontPlug,
            ConnectorEnd rearPlug, CassetteType cassette) {
        public Panel {
            CableRun.requireText("label", label);
            CableRun.requireText("rackLabel", rackLabel);
            Objects.requireNonNull(frontPlug, "frontPlug");
            Objects.requireNonNull(rearPlug, "rearPlug");
            if (frontPorts < 1 || rearPorts < 1 || rackUnits < 1) {
                throw new IllegalArgumentException(label + ": ports and rack units must be >= 1");
            }
        }

        /** Front ports per cassette (1 on an adapter panel). */
        public int frontPortsPerModule() {
            return cassette == null ? 1 : cassette.frontPorts();
        }

        /** Rear ports per cassette (1 on an adapter panel). */
        public int rearPortsPerModule() {
            return cassette == null ? 1 : cassette.rearPorts();
        }
    }

    /**
     * A rear port of a panel.
     *
     * @param panel    the panel's label
     * @param rearPort rear port number in the panel, ≥ 1
     */
    public record RearPort(String panel, int rearPort) {
        public RearPort {
            CableRun.requireText("panel", panel);
            if (rearPort < 1) {
                throw new IllegalArgumentException("rearPort must be >= 1, was " + rearPort);
            }
        }
    }

    /**
     * One leg of a trunk: the rear port its near plug is in and the rear port the same leg's far plug is in.
     *
     * @param leg     leg number at the near end, ≥ 1
     * @param farLeg  the leg number its fibres arrive on at the far end (differs when the legs are reversed)
     * @param near    where the near plug is mated
     * @param far     where the far plug is mated
     */
    public record TrunkLeg(int leg, int farLeg, RearPort near, RearPort far) {
        public TrunkLeg {
            Objects.requireNonNull(near, "near");
            Objects.requireNonNull(far, "far");
        }
    }

    /** Every panel of the plan, stack by stack (tier, role, location), panels of a stack in number order. */
    public static List<Panel> panels(CablingPlan plan) {
        PlantLayout layout = plan.layout();
        boolean[] lower = lowerSideStacks(plan);
        List<Panel> out = new ArrayList<>();
        for (int st = 0; st < plan.stackCount(); st++) {
            TierPlant tp = plan.tiers().get(layout.stackTier()[st]);
            boolean xc = layout.stackCrossConnect()[st];
            TierPlugs p = tp.plugs();
            ConnectorEnd front;
            ConnectorEnd rear;
            CassetteType cassette = xc ? null : tp.cassette();
            if (xc) {
                front = lower[st] ? p.lowerPanel : p.upperPanel;
                rear = front;
            } else if (cassette != null) {
                front = p.cassetteFront;
                rear = p.cassetteRear;
            } else {
                front = p.trunkPlug;
                rear = p.trunkPlug;
            }
            int ppp = tp.panels().portsPerPanel();
            int rearPorts = cassette == null ? ppp : ppp / cassette.frontPorts() * cassette.rearPorts();
            String rack = plan.pathways().node(plan.stackNode(st)).label();
            for (int i = 0; i < layout.stackPanels()[st]; i++) {
                int ru = Labels.panelRu(plan, st, i);
                out.add(new Panel(Labels.panel(rack, ru), rack, ru, tp.index(),
                        tp.tier().name(), xc, lower[st], ppp, rearPorts, tp.panels().ruPerPanel(), front, rear,
                        cassette));
            }
        }
        return out;
    }

    /** Whether each stack holds lower ends: a trunk stack is lower when some trunk starts there. */
    private static boolean[] lowerSideStacks(CablingPlan plan) {
        PlantLayout layout = plan.layout();
        boolean[] lower = new boolean[plan.stackCount()];
        for (int t = 0; t < layout.trunks(); t++) {
            lower[layout.trunkNearStack()[t]] = true;
        }
        for (int st = 0; st < plan.stackCount(); st++) {
            TierPlant tp = plan.tiers().get(layout.stackTier()[st]);
            if (!layout.stackCrossConnect()[st] && tp.architecture() == Architecture.CROSS_CONNECT) {
                lower[plan.xcStackAt(st)] = lower[st];
            }
        }
        return lower;
    }

    /** The legs of trunk t, near leg order, with the rear port each end is mated in. */
    public static List<TrunkLeg> trunkLegs(CablingPlan plan, int t) {
        PlantLayout layout = plan.layout();
        TierPlant tp = plan.tiers().get(layout.trunkTier()[t]);
        int legs = tp.legs();
        List<TrunkLeg> out = new ArrayList<>(legs);
        for (int k = 1; k <= legs; k++) {
            int farLeg = tp.trunkTemplate().cable().forward(new PortPosition(k, SlotPermutation.firstFibre(tp.trunkPlug())))
                    .map(PortPosition::port).orElseThrow();
            out.add(new TrunkLeg(k, farLeg, legEnd(plan, tp, layout.trunkNearStack()[t], layout.trunkNearStart()[t], k),
                    legEnd(plan, tp, layout.trunkFarStack()[t], layout.trunkFarStart()[t], farLeg)));
        }
        return out;
    }

    private static RearPort legEnd(CablingPlan plan, TierPlant tp, int stack, int start, int leg) {
        int ppp = tp.panels().portsPerPanel();
        int stackPort;
        int rearInModule = 1;
        int perModuleFront = 1;
        int perModuleRear = 1;
        if (tp.cassette() == null) {
            stackPort = start + leg - 1;
        } else {
            perModuleFront = tp.cassette().frontPorts();
            perModuleRear = tp.cassette().rearPorts();
            stackPort = start + (leg - 1) / perModuleRear * perModuleFront;
            rearInModule = (leg - 1) % perModuleRear + 1;
        }
        String label = Labels.stackPort(plan, stack, stackPort);
        String panel = label.substring(0, label.lastIndexOf('.'));
        int moduleInPanel = (stackPort % ppp) / perModuleFront;
        return new RearPort(panel, moduleInPanel * perModuleRear + rearInModule);
    }
}
