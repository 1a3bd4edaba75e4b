package org.cablesim.topology;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablesim.scenario.TierSpec;

/** Reconciles one design per growth phase into as-built fabrics with stable identities (rules in {@link GrowthGenerator}). */
final class PhaseReconciler {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NUMBERED = Pattern.compile("(spine|core)-(\\d+)");

    private enum Fate { KEPT, MOVED, NEW }

    /** A link as built, with the identity it is matched by. */
    private record BuiltLink(LogicalLink link, String key, String upperKey) {
    }

    /** One phase as built, before racks are assigned: device keys in role order and the links. */
    private record Built(List<String> deviceKeys, Map<String, Device> designDevices, List<BuiltLink> links,
            List<String> tierNames, PhaseChange change) {
    }

    private final List<LogicalFabric> designs;
    private final List<String> phaseNames;
    private final int linkWidth;
    private final Map<DeviceRole, Integer> numberWidth = new EnumMap<>(DeviceRole.class);
    private final Map<String, String> nameOfKey = new HashMap<>();
    private final Map<DeviceRole, Integer> nextNumber = new EnumMap<>(DeviceRole.class);
    private int nextLink = 1;

    PhaseReconciler(List<LogicalFabric> designs, List<String> phaseNames) {
        this.designs = designs;
        this.phaseNames = phaseNames;
        LogicalFabric last = designs.get(designs.size() - 1);
        this.linkWidth = Ids.width(last.links().size(), 6);
        for (DeviceRole role : List.of(DeviceRole.SPINE, DeviceRole.CORE)) {
            numberWidth.put(role, Ids.width(last.count(role), 3));
            nextNumber.put(role, 1);
        }
    }

    FabricGrowth reconcile(List<Double> days, List<Integer> crews) throws FabricInfeasibleException {
        List<Built> built = new ArrayList<>();
        built.add(initial(designs.get(0)));
        for (int k = 1; k < designs.size(); k++) {
            built.add(next(built.get(k - 1), designs.get(k), k));
        }
        Map<String, RackLocation> hallRack = new HashMap<>();
        keys(designs.get(designs.size() - 1)).forEach((key, d) -> hallRack.put(key, d.rack()));
        int n = designs.size() - 1;
        LogicalFabric last = fabric(built.get(n), designs.get(n), hallRack, null);
        List<FabricPhase> phases = new ArrayList<>();
        for (int k = 0; k <= n; k++) {
            LogicalFabric f = k == n ? last : fabric(built.get(k), designs.get(k), hallRack, last.racks());
            phases.add(new FabricPhase(phaseNames.get(k), days.get(k), crews.get(k), f, built.get(k).change()));
        }
        return new FabricGrowth(phases);
    }

    private LogicalFabric fabric(Built b, LogicalFabric design, Map<String, RackLocation> hallRack,
            Map<RackLocation, List<Device>> hall) {
        List<Device> devices = new ArrayList<>(b.deviceKeys().size());
        Map<DeviceRole, Integer> index = new EnumMap<>(DeviceRole.class);
        for (String key : b.deviceKeys()) {
            Device d = b.designDevices().get(key);
            int i = index.merge(d.role(), 1, Integer::sum) - 1;
            devices.add(new Device(nameOfKey.get(key), d.role(), d.unit(), i, hallRack.get(key)));
        }
        List<LogicalLink> links = b.links().stream().map(BuiltLink::link).toList();
        return new LogicalFabric(design.cluster(), design.tiers(), devices, links, hall);
    }

    private Built initial(LogicalFabric design) {
        Map<String, Device> byKey = keys(design);
        Map<String, String> keyOfId = keyOfId(byKey);
        for (Map.Entry<String, Device> e : byKey.entrySet()) {
            Device d = e.getValue();
            nameOfKey.put(e.getKey(), d.id());
            Matcher m = NUMBERED.matcher(d.id());
            if (m.matches()) {
                nextNumber.merge(d.role(), Integer.parseInt(m.group(2)) + 1, Math::max);
            }
        }
        List<BuiltLink> links = new ArrayList<>();
        for (LogicalLink l : design.links()) {
            LogicalLink renamed = new LogicalLink(nextLinkId(), l.tierIndex(), l.tierName(), l.fromDeviceId(),
                    l.fromPort(), l.toDeviceId(), l.toPort(), l.pmdId(), l.linkSpeedGbps(), l.switchPortBreakoutLane());
            links.add(new BuiltLink(renamed, linkKey(l, keyOfId), keyOfId.get(l.toDeviceId())));
        }
        return new Built(List.copyOf(byKey.keySet()), byKey, links, tierNames(design), PhaseChange.none());
    }

    private Built next(Built prev, LogicalFabric design, int k) throws FabricInfeasibleException {
        Map<String, Device> byKey = keys(design);
        Map<String, String> keyOfId = keyOfId(byKey);
        for (String key : prev.deviceKeys()) {
            if (!byKey.containsKey(key)) {
                throw new FabricInfeasibleException("growth.phases[" + (k - 1) + "]", "growth phase "
                        + phaseNames.get(k) + " would drop device " + nameOfKey.get(key) + " of the phase before;"
                        + " a growth phase may only add devices (keep fabric.serversPerUnit or serversPerLeaf fixed)");
            }
        }
        Set<String> newDevices = new HashSet<>();
        Map<DeviceRole, Integer> devicesAdded = new EnumMap<>(DeviceRole.class);
        for (Map.Entry<String, Device> e : byKey.entrySet()) {
            if (!nameOfKey.containsKey(e.getKey())) {
                newDevices.add(e.getKey());
                devicesAdded.merge(e.getValue().role(), 1, Integer::sum);
                nameOfKey.put(e.getKey(), newName(e.getValue()));
            }
        }
        Set<String> before = new HashSet<>(prev.deviceKeys());
        List<String> order = new ArrayList<>();
        for (DeviceRole role : DeviceRole.values()) {
            for (String key : prev.deviceKeys()) {
                if (byKey.get(key).role() == role) {
                    order.add(key);
                }
            }
            for (Map.Entry<String, Device> e : byKey.entrySet()) {
                if (e.getValue().role() == role && !before.contains(e.getKey())) {
                    order.add(e.getKey());
                }
            }
        }

        Map<String, BuiltLink> prevByKey = new HashMap<>();
        prev.links().forEach(l -> prevByKey.put(l.key(), l));
        List<LogicalLink> designLinks = design.links();
        Fate[] fate = new Fate[designLinks.size()];
        Ports ports = new Ports(newDevices);
        for (int i = 0; i < designLinks.size(); i++) {
            LogicalLink l = designLinks.get(i);
            String lower = keyOfId.get(l.fromDeviceId());
            String upper = keyOfId.get(l.toDeviceId());
            BuiltLink old = prevByKey.get(linkKey(l, keyOfId));
            if (old != null && old.upperKey().equals(upper)) {
                fate[i] = Fate.KEPT;
                ports.keep(lower, l.fromPort(), old.link().fromPort());
                ports.keep(upper, l.toPort(), old.link().toPort());
            } else if (old != null) {
                fate[i] = Fate.MOVED;
                ports.keep(lower, l.fromPort(), old.link().fromPort());
                ports.want(upper, l.toPort());
            } else {
                fate[i] = Fate.NEW;
                ports.want(lower, l.fromPort());
                ports.want(upper, l.toPort());
            }
        }
        ports.assign();

        Map<String, BuiltLink> placed = new HashMap<>();
        List<BuiltLink> added = new ArrayList<>();
        Map<String, Integer> linksAdded = new LinkedHashMap<>();
        design.tiers().forEach(t -> linksAdded.put(t.name(), 0));
        for (int i = 0; i < designLinks.size(); i++) {
            LogicalLink l = designLinks.get(i);
            String lower = keyOfId.get(l.fromDeviceId());
            String upper = keyOfId.get(l.toDeviceId());
            String key = linkKey(l, keyOfId);
            LogicalLink old = fate[i] == Fate.NEW ? null : prevByKey.get(key).link();
            if (fate[i] == Fate.KEPT) {
                placed.put(key, new BuiltLink(old, key, upper));
            } else if (fate[i] == Fate.MOVED) {
                placed.put(key, new BuiltLink(withEnds(old, old.id(), old.fromDeviceId(), old.fromPort(),
                        nameOfKey.get(upper), ports.actual(upper, l.toPort())), key, upper));
            } else {
                LogicalLink fresh = withEnds(l, nextLinkId(), nameOfKey.get(lower), ports.actual(lower, l.fromPort()),
                        nameOfKey.get(upper), ports.actual(upper, l.toPort()));
                added.add(new BuiltLink(fresh, key, upper));
                linksAdded.merge(l.tierName(), 1, Integer::sum);
            }
        }
        List<BuiltLink> links = new ArrayList<>();
        List<LinkMove> moves = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (BuiltLink old : prev.links()) {
            BuiltLink placedLink = placed.get(old.key());
            if (placedLink == null) {
                removed.add(old.link().id());
                continue;
            }
            links.add(placedLink);
            LogicalLink now = placedLink.link();
            if (now != old.link()) {
                LogicalLink o = old.link();
                moves.add(new LinkMove(o.id(), o.tierName(), o.fromDeviceId(), o.fromPort(), o.toDeviceId(),
                        o.toPort(), now.toDeviceId(), now.toPort()));
            }
        }
        links.addAll(added);
        List<String> tiersAdded = new ArrayList<>(tierNames(design));
        tiersAdded.removeAll(prev.tierNames());
        return new Built(order, byKey, links, tierNames(design),
                new PhaseChange(devicesAdded, linksAdded, moves, removed, tiersAdded));
    }

    private String newName(Device d) {
        if (d.role() != DeviceRole.SPINE && d.role() != DeviceRole.CORE) {
            return d.id();
        }
        int number = nextNumber.merge(d.role(), 1, Integer::sum) - 1;
        String prefix = d.role() == DeviceRole.SPINE ? "spine-" : "core-";
        return Ids.padded(prefix, number, numberWidth.get(d.role()));
    }

    private String nextLinkId() {
        return Ids.padded("L", nextLink++, linkWidth);
    }

    private static LogicalLink withEnds(LogicalLink l, String id, String from, int fromPort, String to, int toPort) {
        return new LogicalLink(id, l.tierIndex(), l.tierName(), from, fromPort, to, toPort, l.pmdId(),
                l.linkSpeedGbps(), l.switchPortBreakoutLane());
    }

    private static List<String> tierNames(LogicalFabric design) {
        return design.tiers().stream().map(TierSpec::name).toList();
    }

    private static String linkKey(LogicalLink l, Map<String, String> keyOfId) {
        return l.tierIndex() + "|" + keyOfId.get(l.fromDeviceId()) + "|" + l.fromPort() + "|"
                + l.switchPortBreakoutLane();
    }

    /** Every device of a design by its identity key, in device order. */
    private static Map<String, Device> keys(LogicalFabric design) {
        int spinesPerPod = (int) design.devices(DeviceRole.SPINE).stream().filter(d -> d.unit() == 1).count();
        int coresPerGroup = (int) design.devices(DeviceRole.CORE).stream().filter(d -> d.unit() == 1).count();
        Map<String, Device> out = new LinkedHashMap<>();
        for (Device d : design.devices()) {
            String key = switch (d.role()) {
                case SPINE -> "spine:" + d.unit() + ":" + (d.index() - (d.unit() - 1) * spinesPerPod);
                case CORE -> "core:" + d.unit() + ":" + (d.index() - (d.unit() - 1) * coresPerGroup);
                default -> d.role().name() + ":" + unpadded(d.id());
            };
            out.put(key, d);
        }
        return out;
    }

    private static Map<String, String> keyOfId(Map<String, Device> byKey) {
        Map<String, String> out = new HashMap<>(byKey.size() * 2);
        byKey.forEach((key, d) -> out.put(d.id(), key));
        return out;
    }

    /** The id with every run of digits written without leading zeros, so padding widths do not matter. */
    private static String unpadded(String id) {
        Matcher m = DIGITS.matcher(id);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Long.toString(Long.parseLong(m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The port plan of one phase: designed port → as-built port per device (rules in {@link GrowthGenerator}). */
    private static final class Ports {
        private final Set<String> newDevices;
        private final Map<String, Map<Integer, Integer>> actual = new HashMap<>();
        private final Map<String, Set<Integer>> used = new HashMap<>();
        private final Map<String, TreeSet<Integer>> wanted = new TreeMap<>();

        Ports(Set<String> newDevices) {
            this.newDevices = newDevices;
        }

        void keep(String device, int designPort, int actualPort) {
            if (actual.computeIfAbsent(device, d -> new HashMap<>()).putIfAbsent(designPort, actualPort) == null) {
                used.computeIfAbsent(device, d -> new HashSet<>()).add(actualPort);
            }
        }

        void want(String device, int designPort) {
            wanted.computeIfAbsent(device, d -> new TreeSet<>()).add(designPort);
        }

        void assign() {
            wanted.forEach((device, designPorts) -> {
                Map<Integer, Integer> map = actual.computeIfAbsent(device, d -> new HashMap<>());
                Set<Integer> taken = used.computeIfAbsent(device, d -> new HashSet<>());
                List<Integer> later = new ArrayList<>();
                for (int p : designPorts) {
                    if (map.containsKey(p)) {
                        continue;
                    }
                    if (newDevices.contains(device) || taken.add(p)) {
                        map.put(p, p);
                        taken.add(p);
                    } else {
                        later.add(p);
                    }
                }
                int free = 1;
                for (int p : later) {
                    while (taken.contains(free)) {
                        free++;
                    }
                    map.put(p, free);
                    taken.add(free);
                }
            });
        }

        int actual(String device, int designPort) {
            return actual.get(device).get(designPort);
        }
    }
}
