package org.cablesim.fabricexport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.ResolvedChannel;
import org.cablesim.study.LinkLoss;
import org.cablesim.study.PlanLoss;
import org.cablesim.topology.Device;
import org.cablesim.topology.LogicalLink;

/**
 * What the fabric export writes for one plan: its devices, its logical links with their figures, and its
 * shared-risk groups.
 *
 * @param name    the graph's name, {@code <scenario>/<plan>}
 * @param devices every device of the fabric
 * @param racks   the rack label of each device, by device id
 * @param links   every logical link, in link order
 * @param groups  shared-risk groups, largest first
 */
public record FabricExport(String name, List<Device> devices, Map<String, String> racks, List<FabricLink> links,
        List<SharedRiskGroup> groups) {
    public FabricExport {
        devices = List.copyOf(devices);
        racks = Map.copyOf(racks);
        links = List.copyOf(links);
        groups = List.copyOf(groups);
    }

    /**
     * @param name the graph's name
     * @param plan the routed plan
     * @param loss its loss estimate, or null (then no P(fail))
     * @return the export
     */
    public static FabricExport of(String name, CablingPlan plan, PlanLoss loss) {
        List<SharedRiskGroup> groups = SharedRiskGroups.of(plan);
        Map<String, List<String>> groupsOfLink = new HashMap<>();
        for (SharedRiskGroup g : groups) {
            for (String link : g.linkIds()) {
                groupsOfLink.computeIfAbsent(link, k -> new ArrayList<>()).add(g.id());
            }
        }
        List<FabricLink> links = new ArrayList<>(plan.linkCount());
        for (int l = 0; l < plan.linkCount(); l++) {
            LogicalLink link = plan.fabric().links().get(l);
            double length = plan.channels(l).stream().mapToDouble(ResolvedChannel::lengthM).max().orElse(Double.NaN);
            double pFail = loss == null ? Double.NaN
                    : loss.link(l).map(LinkLoss::failProbability).orElse(Double.NaN);
            links.add(new FabricLink(link.id(), link.fromDeviceId(), link.toDeviceId(), link.tierName(),
                    plan.tiers().get(link.tierIndex()).pmd().id(), link.linkSpeedGbps(), length, pFail,
                    groupsOfLink.getOrDefault(link.id(), List.of())));
        }
        Map<String, String> racks = new HashMap<>();
        for (Device d : plan.fabric().devices()) {
            racks.put(d.id(), plan.pathways().rack(d.rack()).label());
        }
        return new FabricExport(name, plan.fabric().devices(), racks, links, groups);
    }
}
