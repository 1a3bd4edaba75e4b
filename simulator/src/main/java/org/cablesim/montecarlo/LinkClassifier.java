package org.cablesim.montecarlo;

import org.cablesim.optics.OpticalConnection;
import org.cablesim.optics.OpticalChannel;
import org.cablesim.optics.ReflectanceRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cablesim.stats.Checks;

/**
 * Groups links into {@link LinkClass}es so that each channel structure is computed once.
 *
 * <p>Links share a signature iff tier, lanes, the ordered connections (element type, model, positions,
 * lane map, reflectance), attenuation, other fixed losses, budget and reflectance rule are all equal.
 * Within a signature, links sorted by length are cut greedily into runs whose lengths lie within the
 * tolerance of the run's shortest; a class takes its run's longest length (conservative: the most
 * fibre loss). Signatures are numbered in order of first appearance, so the output is deterministic
 * for a given input order. Class ids read {@code tier/s<signature>/r<run>}; slot keys read
 * {@code elementType#occurrence} (1-based per type), so shared element types keep their common random
 * numbers when a variant adds a connection of another type.
 */
public final class LinkClassifier {
    private LinkClassifier() {
    }

    /** The classes and which class each link went to. */
    public record Classification(List<LinkClass> classes, Map<String, String> classOfLink) {
        public Classification {
            classes = List.copyOf(classes);
            classOfLink = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(classOfLink));
        }
    }

    /**
     * A link's signature; its connections are numbered by content ({@code connections}), the lists of the channels of
     * one plant shape being one shared object, so a signature hashes a number rather than every connection.
     */
    private record Signature(String tier, int lanes, int connections, double attenuationDbPerKm,
                             List<Double> otherFixed, double budgetDb, ReflectanceRule rule) {
    }

    /**
     * @param links            the links of a plan, ids unique
     * @param lengthToleranceM largest length spread inside a class in metres, finite, &ge; 0
     * @return the classes in signature order, then length order
     */
    public static Classification classify(List<OpticalChannel> links, double lengthToleranceM) {
        if (!(lengthToleranceM >= 0 && lengthToleranceM < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("lengthToleranceM must be finite and >= 0, was " + lengthToleranceM);
        }
        Map<Signature, List<OpticalChannel>> groups = new LinkedHashMap<>();
        Map<String, Boolean> seen = new HashMap<>();
        Map<List<OpticalConnection>, Integer> byIdentity = new java.util.IdentityHashMap<>();
        Map<List<OpticalConnection>, Integer> byContent = new HashMap<>();
        for (OpticalChannel link : links) {
            if (seen.put(link.linkId(), Boolean.TRUE) != null) {
                throw new IllegalArgumentException("duplicate link id " + link.linkId());
            }
            List<Double> other = new ArrayList<>();
            for (double d : link.otherFixedLossDbPerLane()) {
                other.add(d);
            }
            int connections = byIdentity.computeIfAbsent(link.connections(),
                    list -> byContent.computeIfAbsent(list, l -> byContent.size()));
            Signature sig = new Signature(link.tier(), link.lanes(), connections, link.attenuationDbPerKm(),
                    other, link.budgetDb(), link.rule());
            groups.computeIfAbsent(sig, s -> new ArrayList<>()).add(link);
        }
        List<LinkClass> classes = new ArrayList<>();
        Map<String, String> classOfLink = new LinkedHashMap<>();
        int s = 0;
        for (Map.Entry<Signature, List<OpticalChannel>> group : groups.entrySet()) {
            List<OpticalChannel> members = new ArrayList<>(group.getValue());
            members.sort(Comparator.comparingDouble(OpticalChannel::lengthM).thenComparing(OpticalChannel::linkId));
            int run = 0;
            int start = 0;
            while (start < members.size()) {
                double limit = members.get(start).lengthM() + lengthToleranceM;
                int end = start;
                while (end < members.size() && members.get(end).lengthM() <= limit) {
                    end++;
                }
                List<OpticalChannel> runMembers = members.subList(start, end);
                String id = group.getKey().tier() + "/s" + s + "/r" + run;
                classes.add(toClass(id, runMembers.get(runMembers.size() - 1), runMembers.size()));
                for (OpticalChannel m : runMembers) {
                    classOfLink.put(m.linkId(), id);
                }
                run++;
                start = end;
            }
            s++;
        }
        return new Classification(classes, classOfLink);
    }

    private static LinkClass toClass(String id, OpticalChannel longest, int members) {
        Map<String, Integer> occurrences = new HashMap<>();
        List<MatedPairSlot> slots = new ArrayList<>();
        for (OpticalConnection c : longest.connections()) {
            int k = occurrences.merge(c.elementType(), 1, Integer::sum);
            slots.add(new MatedPairSlot(c.elementType() + "#" + k, c));
        }
        double[] fixed = longest.otherFixedLossDbPerLane();
        double fibre = longest.attenuationDbPerKm() * longest.lengthM() / 1000;
        for (int l = 0; l < fixed.length; l++) {
            fixed[l] += fibre;
        }
        return new LinkClass(id, longest.tier(), longest.lanes(), slots, fixed, longest.budgetDb(), longest.rule(), members);
    }
}
