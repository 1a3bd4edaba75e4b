package org.cablesim.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.FibreKind;
import org.cablesim.catalog.FibreType;
import org.cablesim.catalog.Pmd;
import org.cablesim.catalog.Polish;
import org.cablesim.catalog.ReflectanceClass;
import org.cablesim.lifecycle.Component;
import org.cablesim.lifecycle.LifecyclePlant;
import org.cablesim.lifecycle.LinkConnection;
import org.cablesim.lifecycle.PhysicalLink;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.PlantElement;
import org.cablesim.plant.RoutedChannel;
import org.cablesim.plant.TierPlant;
import org.cablesim.polarity.Channel;
import org.cablesim.polarity.ChannelElement;
import org.cablesim.polarity.PluggedElement;
import org.cablesim.scenario.PartKind;
import org.cablesim.stats.Distribution;
import org.cablesim.topology.Device;
import org.cablesim.topology.DeviceRole;
import org.cablesim.topology.LogicalLink;

/**
 * Lays a routed plan under the lifecycle simulation: one {@link PhysicalLink} per routed channel (a logical link
 * with one MDI keeps its id; a twin-port link becomes {@code <id>/1} and {@code <id>/2}, whose two ports fail and
 * are repaired independently), with the parts and mated pairs its channel actually crosses.
 *
 * <p>Per lifecycle link: a transceiver at each MDI (a twin-port module is two independent optical engines, so a
 * twin-port logical link has four); the switch port or NIC port at each end, shared by the breakout links and
 * MDIs of that port; every cord, jumper and direct assembly of the channel (kind CORD); the trunk it crosses,
 * shared by every link on the trunk; the cassettes it passes, shared by the links through each cassette.
 *
 * <p>Connections are the channel's adapters (the mated pairs between the two MDIs), plus the two MDI matings
 * when {@code countTransceiverMatedPairs} is set, as the loss budget counts them. Each joins the two parts on its
 * sides (replacing either re-mates it); neighbours share a part id: the cassette for cassette adapters, the trunk
 * end for plain trunk-panel adapters, the 12-port adapter plate for cross-connect ports (a whole 48-port panel
 * as one neighbourhood would re-mate dozens of connections per touch). Loss per fibre: the adapter's catalog
 * loss class ({@link CatalogLossModels}); reflectance: the catalog class of the plugs' polish (multimode: MM);
 * fixed loss: the tier fibre's attenuation × the channel's cable length; budget: the PMD's at its reach on the
 * tier's fibre; lanes: the fibres the PMD lights per MDI (each direction's fibre is its own optical path).
 *
 * <p>Ids are by meaning (device ports, link ids, cable ids), so two plans of one fabric run with one seed share
 * the random streams of every transceiver, port, cord and connection position they have in common. Links not
 * cabled (capacity exhausted under {@code fail}), and channels whose fibre loss alone reaches the budget, are left
 * out and counted.
 */
public final class PlanLifecycleInputs {
    /** MPO adapter ports per plate (module) of a patch panel: a 48-port panel holds four [assume]. */
    static final int PORTS_PER_PLATE = 12;

    private final CablingPlan plan;
    private final LifecyclePlant plant;
    private final List<ChannelShape> shapes;
    private final int[] logicalLink;
    private final int[] shape;
    private final double[] lengthM;
    private final double[] fixedLossDb;
    private final double[] connectionMeanDb;
    private final Map<String, Integer> indexOf;
    private final int linksExcluded;

    /**
     * The polarity-relevant structure of a channel: its elements with their labels blanked and the ports the two
     * MDIs meet. Channels with equal shapes pass or fail a transceiver's checks together.
     *
     * @param elements normalised channel elements
     * @param nearPort port of the first element the near MDI mates with
     * @param farPort  port of the last element the far MDI mates with
     */
    record ChannelShape(List<ChannelElement> elements, int nearPort, int farPort) {
    }

    private PlanLifecycleInputs(CablingPlan plan, boolean countTransceiverMatedPairs) {
        this.plan = plan;
        Builder b = new Builder(plan, countTransceiverMatedPairs);
        for (int l = 0; l < plan.linkCount(); l++) {
            for (RoutedChannel rc : plan.channels(l)) {
                b.add(rc);
            }
        }
        this.plant = b.build();
        this.shapes = List.copyOf(b.shapes);
        int n = b.links.size();
        this.logicalLink = b.logicalLink.stream().mapToInt(Integer::intValue).toArray();
        this.shape = b.shapeOf.stream().mapToInt(Integer::intValue).toArray();
        this.lengthM = b.length.stream().mapToDouble(Double::doubleValue).toArray();
        this.fixedLossDb = b.fixed.stream().mapToDouble(Double::doubleValue).toArray();
        this.connectionMeanDb = b.connectionMean.stream().mapToDouble(Double::doubleValue).toArray();
        this.indexOf = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            indexOf.put(b.links.get(i).linkId(), i);
        }
        this.linksExcluded = b.excluded;
    }

    /**
     * Builds the lifecycle inputs of a routed plan.
     *
     * @param plan                       the routed plan
     * @param countTransceiverMatedPairs whether the two MDI matings are connections of the channel
     * @return the inputs
     * @throws IllegalArgumentException when no channel of the plan can be simulated
     */
    public static PlanLifecycleInputs of(CablingPlan plan, boolean countTransceiverMatedPairs) {
        return new PlanLifecycleInputs(plan, countTransceiverMatedPairs);
    }

    /** The routed plan. */
    public CablingPlan plan() {
        return plan;
    }

    /** The lifecycle plant: links in fabric order (MDIs in order within a link), components by first use. */
    public LifecyclePlant plant() {
        return plant;
    }

    /** Routed channels left out: their fibre loss alone reaches the PMD budget. */
    public int linksExcluded() {
        return linksExcluded;
    }

    /** Index of a lifecycle link in {@link #plant()}, or −1. */
    int indexOf(String linkId) {
        return indexOf.getOrDefault(linkId, -1);
    }

    /** The fabric's index of the logical link a lifecycle link belongs to. */
    int logicalLink(int i) {
        return logicalLink[i];
    }

    /** The tier plant of a lifecycle link. */
    TierPlant tier(int i) {
        return plan.tiers().get(plan.fabric().links().get(logicalLink[i]).tierIndex());
    }

    /** Index of the shape of a lifecycle link's channel (see {@link #shapeAt}). */
    int shapeIndex(int i) {
        return shape[i];
    }

    /** A distinct channel shape of the plan, 0..shapeCount()−1. */
    ChannelShape shapeAt(int s) {
        return shapes.get(s);
    }

    /** Distinct channel shapes in the plan. */
    int shapeCount() {
        return shapes.size();
    }

    /** Total cable length of a lifecycle link's channel, metres. */
    double lengthM(int i) {
        return lengthM[i];
    }

    /** Fibre loss of a lifecycle link's channel, dB. */
    double fixedLossDb(int i) {
        return fixedLossDb[i];
    }

    /** Sum of the mean losses of a lifecycle link's connections, dB. */
    double connectionMeanDb(int i) {
        return connectionMeanDb[i];
    }

    int size() {
        return logicalLink.length;
    }

    /** Accumulates links and components channel by channel. */
    private static final class Builder {
        private final CablingPlan plan;
        private final boolean countMdi;
        private final CatalogLossModels losses;
        /** Components in order of first use; only shared parts are looked up by id. */
        private final List<String> partIds = new ArrayList<>();
        private final List<PartKind> partKinds = new ArrayList<>();
        private final List<List<String>> partLinks = new ArrayList<>();
        private final Map<String, Integer> sharedParts;
        private final Map<ChannelShape, Integer> shapeIndex = new HashMap<>();
        final List<ChannelShape> shapes = new ArrayList<>();
        final List<PhysicalLink> links = new ArrayList<>();
        final List<Integer> logicalLink = new ArrayList<>();
        final List<Integer> shapeOf = new ArrayList<>();
        final List<Double> length = new ArrayList<>();
        final List<Double> fixed = new ArrayList<>();
        final List<Double> connectionMean = new ArrayList<>();
        int excluded;

        Builder(CablingPlan plan, boolean countMdi) {
            this.plan = plan;
            this.countMdi = countMdi;
            this.losses = new CatalogLossModels(plan.catalog());
            this.sharedParts = new HashMap<>(2 * plan.linkCount() + 16);
        }

        void add(RoutedChannel rc) {
            LogicalLink logical = plan.fabric().links().get(rc.linkIndex());
            TierPlant tp = plan.tiers().get(logical.tierIndex());
            Pmd pmd = tp.pmd();
            FibreType fibre = tp.fibre();
            double budgetDb = pmd.reach(fibre.id()).isPresent() ? pmd.channelBudgetDb(fibre.id())
                    : pmd.channelBudgetDb();
            double lengthM = rc.lengthM();
            double fixedDb = fibre.attenuationDbPerKm() * lengthM / 1000;
            if (!(budgetDb > fixedDb)) {
                excluded++;
                return;
            }
            String id = pmd.mdiConnectorCount() == 1 ? rc.linkId() : rc.linkId() + "/" + rc.mdi();
            Device lower = plan.fabric().device(logical.fromDeviceId());
            Device upper = plan.fabric().device(logical.toDeviceId());
            List<String> parts = new ArrayList<>();
            String nearXcvr = own(parts, "xcvr:" + rc.near().label(), PartKind.TRANSCEIVER, id);
            String farXcvr = own(parts, "xcvr:" + rc.far().label(), PartKind.TRANSCEIVER, id);
            shared(parts, "port:" + lower.id() + ":" + logical.fromPort(), PartKind.SWITCH_PORT, id);
            shared(parts, "port:" + upper.id() + ":" + logical.toPort(), PartKind.SWITCH_PORT, id);

            List<PlantElement> elements = rc.elements();
            int trunkAt = -1;
            for (int i = 0; i < elements.size(); i++) {
                if (elements.get(i).kind() == PlantElement.Kind.TRUNK) {
                    trunkAt = i;
                }
            }
            String[] elementPart = new String[elements.size()];
            for (int i = 0; i < elements.size(); i++) {
                PlantElement e = elements.get(i);
                String side = trunkAt < 0 || i < trunkAt ? "near" : "far";
                elementPart[i] = switch (e.kind()) {
                    case CORD -> own(parts, "cord:" + id + ":" + side, PartKind.CORD, id);
                    case JUMPER -> own(parts, "jumper:" + id + ":" + side, PartKind.CORD, id);
                    case ASSEMBLY -> own(parts, "assembly:" + id, PartKind.CORD, id);
                    case TRUNK -> shared(parts, "trunk:" + e.cableId(), PartKind.TRUNK, id);
                    case CASSETTE -> shared(parts, "cassette:" + e.label(), PartKind.CASSETTE, id);
                    case ADAPTER -> null;
                };
            }

            FibreKind kind = fibre.kind();
            Channel channel = rc.channel();
            List<LinkConnection> connections = new ArrayList<>();
            double meanDb = 0;
            if (countMdi) {
                Distribution mdi = losses.of(rc.mdiLossClassId());
                Polish nearPolish = ((PluggedElement) channel.get(0)).nearEnd(rc.near().port()).polish();
                connections.add(new LinkConnection(id + ":mdi-near", null, List.of(nearXcvr, elementPart[0]), mdi,
                        reflectanceDb(nearPolish, kind)));
                meanDb += mdi.mean();
            }
            int adapters = countAdapters(elements);
            int adapterNo = 0;
            for (int i = 0; i < elements.size(); i++) {
                PlantElement e = elements.get(i);
                if (e.kind() != PlantElement.Kind.ADAPTER) {
                    continue;
                }
                adapterNo++;
                boolean near = trunkAt < 0 || i < trunkAt;
                String position = near ? "near-" + adapterNo : "far-" + (adapters - adapterNo + 1);
                Distribution model = losses.of(e.lossClassId());
                Polish polish = ((PluggedElement) channel.get(i - 1)).farEnd(1).polish();
                connections.add(new LinkConnection(id + ":" + position, sharedPart(elements, i, near),
                        List.of(elementPart[i - 1], elementPart[i + 1]), model, reflectanceDb(polish, kind)));
                meanDb += model.mean();
            }
            if (countMdi) {
                Distribution mdi = losses.of(rc.mdiLossClassId());
                PluggedElement last = (PluggedElement) channel.get(channel.size() - 1);
                connections.add(new LinkConnection(id + ":mdi-far", null,
                        List.of(farXcvr, elementPart[elements.size() - 1]), mdi,
                        reflectanceDb(last.farEnd(rc.far().port()).polish(), kind)));
                meanDb += mdi.mean();
            }
            boolean serverFacing = lower.role() == DeviceRole.SERVER;
            links.add(new PhysicalLink(id, logical.tierIndex(), logical.tierName(), serverFacing,
                    serverFacing ? lower.id() : null, parts, connections, fixedDb, budgetDb,
                    pmd.fibresPerConnector()));
            logicalLink.add(rc.linkIndex());
            shapeOf.add(shapeIndex.computeIfAbsent(shapeOf(rc), s -> {
                shapes.add(s);
                return shapes.size() - 1;
            }));
            length.add(lengthM);
            fixed.add(fixedDb);
            connectionMean.add(meanDb);
        }

        private static int countAdapters(List<PlantElement> elements) {
            int n = 0;
            for (PlantElement e : elements) {
                if (e.kind() == PlantElement.Kind.ADAPTER) {
                    n++;
                }
            }
            return n;
        }

        /** The part whose other connections are disturbed when this adapter is worked on. */
        private static String sharedPart(List<PlantElement> elements, int adapter, boolean near) {
            PlantElement before = elements.get(adapter - 1);
            PlantElement after = elements.get(adapter + 1);
            if (before.kind() == PlantElement.Kind.CASSETTE) {
                return "cassette:" + before.label();
            }
            if (after.kind() == PlantElement.Kind.CASSETTE) {
                return "cassette:" + after.label();
            }
            if (before.kind() == PlantElement.Kind.TRUNK) {
                return "trunk-end:" + before.cableId() + ":" + (near ? "near" : "far");
            }
            if (after.kind() == PlantElement.Kind.TRUNK) {
                return "trunk-end:" + after.cableId() + ":" + (near ? "near" : "far");
            }
            // A cross-connect port: its neighbours are the ports of its adapter plate in the panel.
            String label = elements.get(adapter).label();
            int dot = label.lastIndexOf('.');
            try {
                int port = Integer.parseInt(label.substring(dot + 1));
                return label.substring(0, dot) + "/plate" + ((port - 1) / PORTS_PER_PLATE + 1);
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                return label;
            }
        }

        private double reflectanceDb(Polish polish, FibreKind kind) {
            Catalog catalog = plan.catalog();
            String id = kind == FibreKind.MMF ? "MM" : polish.name();
            return catalog.findReflectanceClass(id).map(ReflectanceClass::maxReflectanceDb)
                    .orElse(switch (id) {
                        case "APC" -> -60.0;
                        case "UPC" -> -50.0;
                        case "PC" -> -40.0;
                        default -> -20.0;
                    });
        }

        /** A part only this link uses (an optic at one MDI, a cord, a jumper, an assembly). */
        private String own(List<String> onLink, String componentId, PartKind kind, String linkId) {
            partIds.add(componentId);
            partKinds.add(kind);
            partLinks.add(List.of(linkId));
            onLink.add(componentId);
            return componentId;
        }

        /** A part other links may share (a port, a trunk, a cassette). */
        private String shared(List<String> onLink, String componentId, PartKind kind, String linkId) {
            Integer index = sharedParts.get(componentId);
            if (index == null) {
                index = partIds.size();
                sharedParts.put(componentId, index);
                partIds.add(componentId);
                partKinds.add(kind);
                partLinks.add(new ArrayList<>(2));
            }
            List<String> links = partLinks.get(index);
            if (links.isEmpty() || !links.get(links.size() - 1).equals(linkId)) {
                links.add(linkId);
            }
            onLink.add(componentId);
            return componentId;
        }

        private static ChannelShape shapeOf(RoutedChannel rc) {
            List<ChannelElement> normalised = new ArrayList<>(rc.channel().size());
            for (ChannelElement e : rc.channel().elements()) {
                normalised.add(ChannelShapes.unlabelled(e));
            }
            return new ChannelShape(List.copyOf(normalised), rc.near().port(), rc.far().port());
        }

        LifecyclePlant build() {
            if (links.isEmpty()) {
                throw new IllegalArgumentException("plan " + plan.planName() + " has no channel the lifecycle"
                        + " simulation can run: every link is uncabled or its fibre loss alone exceeds its budget");
            }
            LifecyclePlant.Builder b = LifecyclePlant.builder();
            links.forEach(b::link);
            for (int c = 0; c < partIds.size(); c++) {
                b.component(new Component(partIds.get(c), partKinds.get(c), partLinks.get(c)));
            }
            return b.build();
        }
    }
}
