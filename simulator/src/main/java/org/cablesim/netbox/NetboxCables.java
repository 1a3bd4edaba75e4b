package org.cablesim.netbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cablesim.catalog.FibreType;
import org.cablesim.plant.CableRun;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.ElementKind;
import org.cablesim.plant.MdiEnd;
import org.cablesim.plant.PanelLayout;
import org.cablesim.plant.PhysicalCable;
import org.cablesim.plant.ResolvedChannel;
import org.cablesim.plant.ResolvedElement;
import org.cablesim.plant.TierPlant;

/**
 * The cables of a plan as NetBox cables. Cords, jumpers and direct assemblies join an MDI interface or a panel port
 * to another (profile {@code single-1c<P>p}, P = the plug's ferrule positions). A cross-connect panel takes the cord
 * on its rear and the jumper on its front. A trunk whose legs and positions fit a {@code trunk-<L>c<P>p} profile is
 * one cable whose i-th A and B terminations are leg i's two ends (so leg reversal is kept); any other trunk becomes
 * one {@code single-1c<P>p} cable per leg ({@code T000001.01} …) in a cable bundle named after the trunk.
 */
final class NetboxCables {
    private static final String INTERFACE = "dcim.interface";
    private static final String FRONT = "dcim.frontport";
    private static final String REAR = "dcim.rearport";

    private final CablingPlan plan;
    private final Map<String, PanelLayout.Panel> panels = new HashMap<>();
    private final List<NetboxObjects.Cable> cables = new ArrayList<>();
    private final List<NetboxObjects.CableBundle> bundles = new ArrayList<>();

    NetboxCables(CablingPlan plan) {
        this.plan = plan;
        PanelLayout.panels(plan).forEach(p -> panels.put(p.label(), p));
        for (int t = 0; t < plan.trunkCount(); t++) {
            trunk(t);
        }
        for (int sub = 0; sub < plan.subChannelCount(); sub++) {
            channel(plan.channel(sub));
        }
    }

    List<NetboxObjects.Cable> cables() {
        return cables;
    }

    List<NetboxObjects.CableBundle> bundles() {
        return bundles;
    }

    /** The MDI's interface name: {@code <port>/<k>}, k = 1 on a single-MDI module. */
    static String mdiInterface(MdiEnd end) {
        String port = end.label().substring(end.label().lastIndexOf(':') + 1);
        return port.contains("/") ? port : port + "/1";
    }

    private void trunk(int t) {
        PhysicalCable pc = plan.trunkCable(t);
        TierPlant tp = plan.tiers().get(plan.trunkTier(t));
        List<PanelLayout.TrunkLeg> legs = PanelLayout.trunkLegs(plan, t);
        int positions = pc.fromPlug().positions();
        FibreType fibre = tp.fibre();
        String build = tp.trunkBuild();
        Optional<String> profile = CableProfiles.of(legs.size(), positions, legs.size(), positions);
        if (legs.size() > 1 && profile.isPresent()) {
            List<NetboxObjects.Termination> a = new ArrayList<>();
            List<NetboxObjects.Termination> b = new ArrayList<>();
            for (PanelLayout.TrunkLeg leg : legs) {
                a.add(rear(leg.near()));
                b.add(rear(leg.far()));
            }
            cables.add(cable(a, b, fibre, profile.get(), "", pc.id(), pc.lengthM(), "trunk " + build));
            return;
        }
        String single = CableProfiles.of(1, positions, 1, positions).orElse("");
        if (legs.size() > 1) {
            bundles.add(new NetboxObjects.CableBundle(pc.id(), "trunk " + build + ", one cable per leg"));
        }
        for (PanelLayout.TrunkLeg leg : legs) {
            String label = legs.size() > 1 ? pc.id() + "." + String.format(Locale.ROOT, "%02d", leg.leg()) : pc.id();
            cables.add(cable(List.of(rear(leg.near())), List.of(rear(leg.far())), fibre, single,
                    legs.size() > 1 ? pc.id() : "", label, pc.lengthM(), "trunk " + build + ", leg " + leg.leg()
                            + (leg.farLeg() != leg.leg() ? " (far leg " + leg.farLeg() + ")" : "")));
        }
    }

    private void channel(ResolvedChannel rc) {
        List<ResolvedElement> elements = rc.elements();
        for (int i = 0; i < elements.size(); i++) {
            if (!(elements.get(i) instanceof CableRun run) || run.kind() == ElementKind.TRUNK) {
                continue;
            }
            NetboxObjects.Termination a = i == 0 ? mdi(rc.near()) : panelPort(run.nearEnd(), run.kind());
            NetboxObjects.Termination b = i == elements.size() - 1 ? mdi(rc.far())
                    : panelPort(run.farEnd(), run.kind());
            int positions = run.cable().endA().positions();
            cables.add(cable(List.of(a), List.of(b), run.fibre(), CableProfiles.of(1, positions, 1, positions)
                    .orElse(""), "", run.cableId(), run.lengthM(), run.build()));
        }
    }

    private static NetboxObjects.Termination mdi(MdiEnd end) {
        return new NetboxObjects.Termination(INTERFACE, end.deviceId(), mdiInterface(end));
    }

    /** A cord or jumper end at panel port {@code R01-01.U42.05}: front port 5, or rear R5 for a cord at a cross-connect. */
    private NetboxObjects.Termination panelPort(String label, ElementKind kind) {
        int dot = label.lastIndexOf('.');
        String panelLabel = label.substring(0, dot);
        int port = Integer.parseInt(label.substring(dot + 1));
        PanelLayout.Panel panel = panels.get(panelLabel);
        if (panel == null) {
            throw new IllegalStateException("no panel " + panelLabel + " for cable end " + label);
        }
        return panel.crossConnect() && kind == ElementKind.CORD
                ? new NetboxObjects.Termination(REAR, panelLabel, NetboxExportBuilder.rearPort(port))
                : new NetboxObjects.Termination(FRONT, panelLabel, Integer.toString(port));
    }

    private static NetboxObjects.Termination rear(PanelLayout.RearPort port) {
        return new NetboxObjects.Termination(REAR, port.panel(), NetboxExportBuilder.rearPort(port.rearPort()));
    }

    private static NetboxObjects.Cable cable(List<NetboxObjects.Termination> a, List<NetboxObjects.Termination> b,
            FibreType fibre, String profile, String bundle, String label, double lengthM, String description) {
        return new NetboxObjects.Cable(a, b, NetboxNames.cableType(fibre), NetboxNames.STATUS_PLANNED, profile,
                bundle, label, NetboxNames.colour(fibre), lengthM, description);
    }
}
