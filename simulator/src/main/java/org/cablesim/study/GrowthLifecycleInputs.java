package org.cablesim.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.LabourUnit;
import org.cablesim.lifecycle.Component;
import org.cablesim.lifecycle.Expansion;
import org.cablesim.lifecycle.ExpansionTask;
import org.cablesim.lifecycle.LifecyclePlant;
import org.cablesim.lifecycle.LinkConnection;
import org.cablesim.lifecycle.PhysicalLink;
import org.cablesim.plant.LinkWork;
import org.cablesim.plant.PlantGrowth;
import org.cablesim.plant.PlantPhase;
import org.cablesim.plant.TrunkWork;
import org.cablesim.scenario.PartKind;

/**
 * Lays a growing plan under one lifecycle simulation: a single plant holding the channels of every phase, and one
 * expansion per growth phase. The initial phase's links come first, exactly as a single-phase run lays them
 * ({@link PlanLifecycleInputs}), so the days before the first expansion draw the same numbers. A later phase adds
 * its new links as they are, and a new channel for each link it moves, named {@code <link>@<phase>}: the move
 * retires the old channel and brings in the new one. Parts named by meaning (ports, transceivers, trunks,
 * cassettes) are the same part in every phase; a moved link's cords are new.
 *
 * <p>Crew minutes per task (catalog labour, DOMAIN §8): a new link is tested ({@code lifecycle.turnUp.testMinutes})
 * and gets every mating of its channel ({@code labour.mated-pair} each, the MDIs included) and its cords, jumpers
 * or assembly routed ({@code labour.cord-route} each); a move is tested and re-routes and re-mates (two matings)
 * each cord of its new channel, and unplugging its old cords disturbs their live neighbours. Each trunk a phase
 * pulls is a task of its own, done first ({@code labour.trunk-route} per metre): it takes no link down, but
 * landing it in panels that carry live links disturbs their matings ({@link TrunkWork#disturbs()}).
 */
final class GrowthLifecycleInputs {
    private final Map<String, PhysicalLink> links = new LinkedHashMap<>();
    private final Map<String, PartKind> partKinds = new LinkedHashMap<>();
    private final Map<String, List<String>> partLinks = new HashMap<>();
    private final List<Expansion> expansions = new ArrayList<>();
    private final LifecyclePlant plant;

    private GrowthLifecycleInputs(PlantGrowth growth, boolean countMdi, double testMinutes) {
        Catalog catalog = growth.finalPlan().catalog();
        double matedPair = labour(catalog, "mated-pair", LabourUnit.EACH);
        double cordRoute = labour(catalog, "cord-route", LabourUnit.EACH);
        double trunkRoute = labour(catalog, "trunk-route", LabourUnit.PER_METRE);
        Map<String, String> current = new HashMap<>();
        for (int k = 0; k < growth.phases().size(); k++) {
            PlantPhase phase = growth.phases().get(k);
            LifecyclePlant phasePlant = PlanLifecycleInputs.of(phase.plan(), countMdi).plant();
            Map<String, PartKind> kinds = new HashMap<>();
            phasePlant.components().forEach(c -> kinds.put(c.id(), c.kind()));
            if (k == 0) {
                for (PhysicalLink link : phasePlant.links()) {
                    add(link, kinds);
                    current.put(link.linkId(), link.linkId());
                }
                continue;
            }
            Map<String, LinkWork.Kind> work = new HashMap<>();
            phase.work().links().forEach(w -> work.put(w.linkId(), w.kind()));
            List<ExpansionTask> tasks = new ArrayList<>();
            for (TrunkWork trunk : phase.work().trunks()) {
                tasks.add(new ExpansionTask(null, null, trunk.lengthM() * trunkRoute, trunk.disturbs()));
            }
            for (PhysicalLink link : phasePlant.links()) {
                LinkWork.Kind kind = work.get(logicalId(link.linkId()));
                if (kind == null) {
                    continue;
                }
                int cords = (int) link.componentIds().stream().filter(id -> isOwnCable(id, link.linkId())).count();
                if (kind == LinkWork.Kind.NEW) {
                    add(link, kinds);
                    current.put(link.linkId(), link.linkId());
                    int matings = link.connections().size() + (countMdi ? 0 : 2);
                    tasks.add(new ExpansionTask(null, link.linkId(),
                            testMinutes + matings * matedPair + cords * cordRoute));
                } else {
                    String version = link.linkId() + "@" + phase.phase().name();
                    add(renamed(link, version), kinds);
                    tasks.add(new ExpansionTask(current.get(link.linkId()), version,
                            testMinutes + cords * (cordRoute + 2 * matedPair)));
                    current.put(link.linkId(), version);
                }
            }
            expansions.add(new Expansion(phase.phase().name(), phase.phase().day(), phase.phase().crews(), tasks));
        }
        LifecyclePlant.Builder b = LifecyclePlant.builder();
        links.values().forEach(b::link);
        partKinds.forEach((id, kind) -> b.component(new Component(id, kind, partLinks.get(id))));
        this.plant = b.build();
    }

    /**
     * The inputs of a growing plan.
     *
     * @param growth      the plan's plant over every phase
     * @param countMdi    whether the two MDI matings are connections of the channel
     * @param testMinutes minutes to test a link
     */
    static GrowthLifecycleInputs of(PlantGrowth growth, boolean countMdi, double testMinutes) {
        return new GrowthLifecycleInputs(growth, countMdi, testMinutes);
    }

    /** Every phase's channels: the initial phase's first, in its own order. */
    LifecyclePlant plant() {
        return plant;
    }

    /** One expansion per growth phase, in day order. */
    List<Expansion> expansions() {
        return expansions;
    }

    private void add(PhysicalLink link, Map<String, PartKind> kinds) {
        links.put(link.linkId(), link);
        for (String id : link.componentIds()) {
            // A moved link's own cords are named <part>:<link>@<phase>:<side>; their kind is the original's.
            String base = id.replaceFirst("@[^:]*", "");
            partKinds.putIfAbsent(id, kinds.get(base));
            partLinks.computeIfAbsent(id, k -> new ArrayList<>(2)).add(link.linkId());
        }
    }

    /** A moved link's new channel under the name {@code version}: its own cords and its connections renamed. */
    private static PhysicalLink renamed(PhysicalLink link, String version) {
        String id = link.linkId();
        List<String> parts = link.componentIds().stream().map(c -> rename(c, id, version)).toList();
        List<LinkConnection> connections = new ArrayList<>();
        for (LinkConnection c : link.connections()) {
            connections.add(new LinkConnection(version + c.connectionId().substring(id.length()), c.sharedPartId(),
                    c.matedComponentIds().stream().map(m -> rename(m, id, version)).toList(), c.optical()));
        }
        return new PhysicalLink(version, link.tierIndex(), link.tierName(), link.serverFacing(), link.serverId(),
                parts, connections, link.fixedLossDb(), link.budgetDb(), link.lanes(), link.reflectanceRule(),
                link.designFault());
    }

    private static String rename(String component, String linkId, String version) {
        return isOwnCable(component, linkId) ? component.replace(":" + linkId, ":" + version) : component;
    }

    /** Whether a part is one of the link's own cords, jumpers or assembly (named after the link). */
    private static boolean isOwnCable(String component, String linkId) {
        return component.equals("assembly:" + linkId) || component.startsWith("cord:" + linkId + ":")
                || component.startsWith("jumper:" + linkId + ":");
    }

    /** The logical link of a lifecycle link ({@code L000012} or {@code L000012/2}). */
    private static String logicalId(String lifecycleId) {
        int slash = lifecycleId.indexOf('/');
        return slash < 0 ? lifecycleId : lifecycleId.substring(0, slash);
    }

    private static double labour(Catalog catalog, String id, LabourUnit unit) {
        return catalog.findLabour(id).filter(l -> l.unit() == unit).map(l -> l.minutes()).orElse(0.0);
    }
}
