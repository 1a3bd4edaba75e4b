package org.cablesim.topology;

import java.util.ArrayList;
import java.util.List;
import org.cablesim.scenario.ClusterSpec;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.TierSpec;

/** The part both families share: layers above the leaves, placement, devices and links. */
final class FabricAssembler {
    private FabricAssembler() {
    }

    static LogicalFabric assemble(ClusterSpec cluster, FabricSpec fabric, FloorSpec floor, LeafLayer layer)
            throws FabricInfeasibleException {
        int servers = layer.serverIds.length;
        int leaves = layer.leafIds.length;
        int nics = layer.nicsPerServer;
        TierSpec t0 = fabric.tiers().get(0);
        int leafDownPorts = (layer.leafNicLinks + t0.breakout() - 1) / t0.breakout();
        int leafUpPorts = PortBudget.leafUpPorts(layer.leafNicLinks, fabric);
        SwitchLayers sizes = SwitchLayers.size(fabric, leaves, leafUpPorts, layer.podGranularity,
                layer.serversForLeaves);
        List<TierSpec> tiers = fabric.tiers().subList(0, sizes.hasCore() ? 3 : 2);

        FloorPlanner.Placement placement = FloorPlanner.place(floor, layer.blockSizes, medianServers(layer),
                sizes.spines(), sizes.cores());

        List<Device> devices = new ArrayList<>(servers + leaves + sizes.spines() + sizes.cores());
        Device[] leafDevices = new Device[leaves];
        for (int s = 0; s < servers; s++) {
            int unit = layer.serverUnits != null ? layer.serverUnits[s] : podOf(layer.nicLeaf[s * nics], sizes);
            devices.add(new Device(layer.serverIds[s], DeviceRole.SERVER, unit, s, placement.servers()[s]));
        }
        for (int l = 0; l < leaves; l++) {
            int unit = layer.leafUnits != null ? layer.leafUnits[l] : podOf(l, sizes);
            leafDevices[l] = new Device(layer.leafIds[l], DeviceRole.LEAF, unit, l, placement.leaves()[l]);
            devices.add(leafDevices[l]);
        }
        int spineWidth = Ids.width(sizes.spines(), 3);
        Device[] spineDevices = new Device[sizes.spines()];
        for (int g = 0; g < spineDevices.length; g++) {
            spineDevices[g] = new Device(Ids.padded("spine-", g + 1L, spineWidth), DeviceRole.SPINE,
                    g / sizes.spinesPerPod() + 1, g, placement.spines()[g]);
            devices.add(spineDevices[g]);
        }
        int coreWidth = Ids.width(sizes.cores(), 3);
        Device[] coreDevices = new Device[sizes.cores()];
        for (int c = 0; c < coreDevices.length; c++) {
            coreDevices[c] = new Device(Ids.padded("core-", c + 1L, coreWidth), DeviceRole.CORE,
                    c / sizes.coresPerGroup() + 1, c, placement.cores()[c]);
            devices.add(coreDevices[c]);
        }

        LinkWriter links = new LinkWriter(linkCount(servers, nics, sizes, fabric));
        int b0 = t0.breakout();
        for (int s = 0; s < servers; s++) {
            String serverId = layer.serverIds[s];
            for (int k = 0; k < nics; k++) {
                int slot = layer.nicSlot[s * nics + k];
                links.add(0, t0, serverId, k + 1, leafDevices[layer.nicLeaf[s * nics + k]].id(), slot / b0 + 1,
                        slot % b0 + 1, 1);
            }
        }
        // Leaf uplink u goes to spine u mod S of the pod (striping), as its (u div S)-th parallel port there. With a
        // spread breakout every lane is striped on its own: lane v = u·b + k goes to spine v mod S.
        TierSpec t1 = fabric.tiers().get(1);
        int perLeafSpine = sizes.leafSpinePortsPerPair();
        for (int l = 0; l < leaves; l++) {
            int pod = l / sizes.leavesPerPod();
            int inPod = l % sizes.leavesPerPod();
            stripe(links, 1, t1, leafDevices[l].id(), leafDownPorts, leafUpPorts, spineDevices,
                    pod * sizes.spinesPerPod(), sizes.spinesPerPod(), inPod * perLeafSpine);
        }
        // Spine j of pod p joins core group j; its uplink u goes to core u mod C of the group.
        if (sizes.hasCore()) {
            TierSpec t2 = fabric.tiers().get(2);
            int perSpineCore = sizes.spineCorePortsPerPair();
            for (int g = 0; g < spineDevices.length; g++) {
                int pod = g / sizes.spinesPerPod();
                int group = g % sizes.spinesPerPod();
                stripe(links, 2, t2, spineDevices[g].id(), sizes.spineDownPorts(), sizes.spineUpPorts(), coreDevices,
                        group * sizes.coresPerGroup(), sizes.coresPerGroup(), pod * perSpineCore);
            }
        }
        return new LogicalFabric(cluster, tiers, devices, links.links());
    }

    /**
     * The links of one lower switch's up ports, striped over {@code count} upper switches from {@code first}: up port
     * u (lane k) goes to upper switch u mod count, on its port {@code portBase + u div count + 1}, lane k. With a
     * spread breakout each lane v = u·b + k − 1 is striped on its own: upper switch v mod count, and on it the
     * (v div count)-th lane of this lower switch's block of ports ({@code portBase + j div b + 1}, lane
     * {@code j mod b + 1}), so one twin-port reaches two switches.
     */
    private static void stripe(LinkWriter links, int tierIndex, TierSpec tier, String lower, int downPorts,
            int upPorts, Device[] upper, int first, int count, int portBase) {
        int b = tier.breakout();
        for (int v = 0; v < upPorts * b; v++) {
            int u = v / b;
            int lane = v % b + 1;
            if (tier.breakoutSpread()) {
                int j = v / count;
                links.add(tierIndex, tier, lower, downPorts + u + 1, upper[first + v % count].id(),
                        portBase + j / b + 1, j % b + 1, lane);
            } else {
                links.add(tierIndex, tier, lower, downPorts + u + 1, upper[first + u % count].id(),
                        portBase + u / count + 1, lane, lane);
            }
        }
    }

    private static int podOf(int leaf, SwitchLayers sizes) {
        return leaf / sizes.leavesPerPod() + 1;
    }

    private static int linkCount(int servers, int nics, SwitchLayers sizes, FabricSpec fabric) {
        long n = (long) servers * nics
                + (long) sizes.leaves() * sizes.leafUpPorts() * fabric.tiers().get(1).breakout();
        if (sizes.hasCore()) {
            n += (long) sizes.spines() * sizes.spineUpPorts() * fabric.tiers().get(2).breakout();
        }
        return Math.toIntExact(n);
    }

    /** For every leaf, the server behind its median down slot: the leaf stands in that server's row. */
    private static int[] medianServers(LeafLayer layer) {
        int leaves = layer.leafIds.length;
        int[] attached = new int[leaves];
        for (int leaf : layer.nicLeaf) {
            attached[leaf]++;
        }
        int[] seen = new int[leaves];
        int[] anchor = new int[leaves];
        for (int i = 0; i < layer.nicLeaf.length; i++) {
            int leaf = layer.nicLeaf[i];
            if (seen[leaf]++ == (attached[leaf] - 1) / 2) {
                anchor[leaf] = i / layer.nicsPerServer;
            }
        }
        return anchor;
    }

    /** Numbers links in generation order. */
    private static final class LinkWriter {
        private final List<LogicalLink> links;
        private final int width;

        LinkWriter(int expected) {
            links = new ArrayList<>(expected);
            width = Ids.width(expected, 6);
        }

        void add(int tierIndex, TierSpec tier, String from, int fromPort, String to, int toPort, int lane,
                int lowerLane) {
            links.add(new LogicalLink(Ids.padded("L", links.size() + 1L, width), tierIndex, tier.name(), from,
                    fromPort, to, toPort, tier.pmdId(), tier.linkSpeedGbps(), lane, lowerLane));
        }

        List<LogicalLink> links() {
            return links;
        }
    }
}
