package org.cablesim.fabricexport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cablesim.plant.CableRun;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.CassetteModule;
import org.cablesim.plant.ChannelRoutes;
import org.cablesim.plant.ElementKind;
import org.cablesim.plant.MatedPair;
import org.cablesim.plant.PathwayEdge;
import org.cablesim.plant.PathwayGraph;
import org.cablesim.plant.ResolvedChannel;
import org.cablesim.plant.ResolvedElement;

/**
 * Derives a plan's shared-risk groups from its routed channels: a link belongs to the group of every trunk, cassette
 * and patch panel its channels pass and every pathway segment its cables run along. Parts carrying fewer than two
 * links are no shared risk and form no group.
 */
public final class SharedRiskGroups {
    private SharedRiskGroups() {
    }

    /**
     * @param plan the routed plan
     * @return every group of at least two links, largest first (then by kind, then id)
     */
    public static List<SharedRiskGroup> of(CablingPlan plan) {
        Map<String, Acc> groups = new LinkedHashMap<>();
        PathwayGraph pathways = plan.pathways();
        for (int l = 0; l < plan.linkCount(); l++) {
            Set<String> parts = new LinkedHashSet<>();
            List<ResolvedChannel> channels = plan.channels(l);
            for (ResolvedChannel rc : channels) {
                for (ResolvedElement e : rc.elements()) {
                    if (e instanceof CableRun run && run.kind() == ElementKind.TRUNK) {
                        add(groups, parts, SharedRiskGroup.Kind.TRUNK, run.cableId(), run.cableId());
                    } else if (e instanceof CassetteModule m) {
                        String where = m.label().substring("cassette ".length());
                        add(groups, parts, SharedRiskGroup.Kind.CASSETTE, where, where);
                    } else if (e instanceof MatedPair m) {
                        String panel = panelOf(m.label());
                        add(groups, parts, SharedRiskGroup.Kind.PANEL, panel, panel);
                    }
                }
                for (int edge : ChannelRoutes.edgesOf(plan, rc.index())) {
                    add(groups, parts, SharedRiskGroup.Kind.PATHWAY, "e" + edge, pathwayLabel(pathways, edge));
                }
            }
            String linkId = plan.fabric().links().get(l).id();
            for (String part : parts) {
                groups.get(part).links.add(linkId);
            }
        }
        List<SharedRiskGroup> out = new ArrayList<>();
        for (Map.Entry<String, Acc> e : groups.entrySet()) {
            if (e.getValue().links.size() >= 2) {
                out.add(new SharedRiskGroup(e.getKey(), e.getValue().kind, e.getValue().label, e.getValue().links));
            }
        }
        out.sort(Comparator.comparingInt(SharedRiskGroup::size).reversed()
                .thenComparing(SharedRiskGroup::kind).thenComparing(SharedRiskGroup::id));
        return out;
    }

    private static void add(Map<String, Acc> groups, Set<String> parts, SharedRiskGroup.Kind kind, String key,
            String label) {
        String id = kind.id() + ":" + key;
        groups.computeIfAbsent(id, k -> new Acc(kind, label));
        parts.add(id);
    }

    /**
     * The panel of a mated pair's label: {@code panel R01-01.U42.05}, {@code cassette front R01-01.U42.05} and
     * {@code cassette rear R01-01.U42.01-03} all sit in panel {@code R01-01.U42}.
     */
    static String panelOf(String matingLabel) {
        String where = matingLabel.substring(matingLabel.lastIndexOf(' ') + 1);
        return where.substring(0, where.lastIndexOf('.'));
    }

    /** A pathway segment's label: {@code row-tray tray R01-04 to tray R01-05}. */
    static String pathwayLabel(PathwayGraph pathways, int edgeId) {
        PathwayEdge edge = pathways.edges().get(edgeId);
        return edge.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " "
                + pathways.graph().getEdgeSource(edge).label() + " to " + pathways.graph().getEdgeTarget(edge).label();
    }

    /** A group being collected. */
    private static final class Acc {
        final SharedRiskGroup.Kind kind;
        final String label;
        final List<String> links = new ArrayList<>();

        Acc(SharedRiskGroup.Kind kind, String label) {
            this.kind = kind;
            this.label = label;
        }
    }
}
