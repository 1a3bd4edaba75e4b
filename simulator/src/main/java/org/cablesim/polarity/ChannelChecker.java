package org.cablesim.polarity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cablesim.catalog.Gender;

/**
 * Checks a channel against TIA-568.3 polarity and the physical mating rules.
 *
 * <p>Polarity: every near Tx lane, traced through the element and adapter maps, must land on one of
 * the far transceiver's Rx positions (lane order inside the block does not matter), and every far
 * Tx lane traced back must land on a near Rx position; a Type-C cable is never allowed in a parallel
 * (more than one Tx fibre) link, since TIA-568.3 gives parallel signals only Methods A and B, even
 * where its pair swap happens to keep the Tx block whole. Mating: at each MDI and adapter, ferrule
 * geometry, key style, gender (exactly one pinned; transceiver MDIs are pinned) and polish (APC only
 * with APC, and APC array plugs only in key-up/key-down adapters). Splices are not matings.
 *
 * <p>Mated pairs are numbered from 1 at the near MDI, one per adapter, the far MDI last.
 */
public final class ChannelChecker {

    private static final String NEAR = "near transceiver";
    private static final String FAR = "far transceiver";

    /**
     * Checks a channel whose two ends carry the same PMD on port 1, with pinned MDIs whose other
     * plug facts are assumed to match the cords.
     *
     * @param channel     the channel
     * @param txPositions the PMD's transmit positions (e.g. 1–4 for DR4)
     * @param rxPositions the PMD's receive positions (e.g. 9–12 for DR4)
     * @return every violation found, in channel order per rule; empty when the channel is sound
     */
    public List<Violation> check(Channel channel, int[] txPositions, int[] rxPositions) {
        return check(channel, TransceiverPort.of(NEAR, txPositions, rxPositions),
                TransceiverPort.of(FAR, txPositions, rxPositions));
    }

    /**
     * Checks a channel between two given transceiver ports.
     *
     * @param channel the channel
     * @param near    the transceiver meeting element 0's near side
     * @param far     the transceiver meeting the last element's far side
     * @return mating violations, then Type-C violations, then at most one lane violation
     */
    public List<Violation> check(Channel channel, TransceiverPort near, TransceiverPort far) {
        requirePort(near, channel.first().nearPortCount(), "near");
        requirePort(far, channel.last().farPortCount(), "far");
        List<Violation> out = new ArrayList<>();
        checkMatings(channel, near, far, out);
        if (near.isParallel() || far.isParallel()) {
            checkNoTypeC(channel, out);
        }
        Optional<Violation> forward = checkLanes(channel, near, far, true);
        if (forward.isPresent()) {
            out.add(forward.get());
        } else {
            checkLanes(channel, far, near, false).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    private static void checkMatings(Channel channel, TransceiverPort near, TransceiverPort far, List<Violation> out) {
        int pairNo = 1;
        ConnectorEnd nearCord = channel.first().nearEnd(near.port());
        out.addAll(MatingRules.check(mdiPlug(near, nearCord), nearCord, Optional.empty(), 0,
                "mated pair " + pairNo + " (" + who(near, NEAR) + " MDI)"));
        for (int j = 1; j < channel.size(); j += 2) {
            if (!(channel.get(j) instanceof Adapter adapter)) {
                continue;
            }
            pairNo++;
            PluggedElement prev = (PluggedElement) channel.get(j - 1);
            PluggedElement next = (PluggedElement) channel.get(j + 1);
            Map<Integer, Integer> routes = new TreeMap<>(adapter.portRouting());
            if (adapter.isIdentityRouting()) {
                for (int p = 1; p <= prev.farPortCount(); p++) {
                    routes.put(p, p);
                }
            }
            for (Map.Entry<Integer, Integer> r : routes.entrySet()) {
                String where = "mated pair " + pairNo + " (" + adapter.label()
                        + (routes.size() > 1 ? ", port " + r.getKey() : "") + ")";
                out.addAll(MatingRules.check(prev.farEnd(r.getKey()), next.nearEnd(r.getValue()),
                        Optional.of(adapter.keying()), j, where));
            }
        }
        ConnectorEnd farCord = channel.last().farEnd(far.port());
        out.addAll(MatingRules.check(farCord, mdiPlug(far, farCord), Optional.empty(), channel.size() - 1,
                "mated pair " + (pairNo + 1) + " (" + who(far, FAR) + " MDI)"));
    }

    private static ConnectorEnd mdiPlug(TransceiverPort t, ConnectorEnd cord) {
        return t.mdi().orElseGet(() -> cord.isArray() ? cord.withGender(Gender.PINNED) : cord);
    }

    private static void checkNoTypeC(Channel channel, List<Violation> out) {
        for (int i = 0; i < channel.size(); i += 2) {
            if (channel.get(i) instanceof Cable c && c.type() == PolarityType.C) {
                out.add(new Violation(CheckKind.POLARITY, i, "element " + i + " (" + c.describe()
                        + ") pair-swaps fibres: TIA-568.3 supports only Type-A and Type-B array cabling for"
                        + " parallel signals; replace it with a Type-A or Type-B cable and keep an odd number of"
                        + " polarity flips"));
            }
        }
    }

    private static Optional<Violation> checkLanes(Channel channel, TransceiverPort from, TransceiverPort to,
                                                  boolean forward) {
        LaneTrace firstBad = null;
        int bad = 0;
        for (int tx : from.txPositions()) {
            PortPosition start = new PortPosition(from.port(), tx);
            LaneTrace trace = forward ? LaneTracer.forward(channel, start) : LaneTracer.backward(channel, start);
            boolean ok = trace.end().filter(e -> e.port() == to.port() && to.rxPositions().contains(e.position()))
                    .isPresent();
            if (!ok) {
                bad++;
                if (firstBad == null) {
                    firstBad = trace;
                }
            }
        }
        if (firstBad == null) {
            return Optional.empty();
        }
        String fromName = who(from, forward ? NEAR : FAR);
        String toName = who(to, forward ? FAR : NEAR);
        String head = "Tx fibre at position " + firstBad.start().position() + " of the " + fromName;
        String count = " (" + bad + " of " + from.txPositions().size() + " Tx lanes miss the Rx block)";
        if (!firstBad.complete()) {
            int at = firstBad.lostAtElement();
            CheckKind kind = channel.get(at) instanceof Junction ? CheckKind.POLARITY
                    : CheckKind.FIBRE_COUNT;
            return Optional.of(new Violation(kind, at, head + " is lost at element " + at + ": "
                    + firstBad.lostReason() + count));
        }
        PortPosition end = firstBad.end().orElseThrow();
        String landing;
        if (end.port() != to.port()) {
            landing = " lands on port " + end.port() + " position " + end.position() + ", not on the " + toName
                    + "'s port " + to.port();
        } else {
            landing = " lands on position " + end.position() + " of the " + toName + ", which is "
                    + (to.txPositions().contains(end.position()) ? "a Tx position" : "dark (neither Tx nor Rx)");
        }
        Diagnosis d = diagnose(channel);
        return Optional.of(new Violation(CheckKind.POLARITY, d.elementIndex, head + landing + count + ": "
                + d.text));
    }

    private static Diagnosis diagnose(Channel channel) {
        int flips = 0;
        int firstTypeC = -1;
        boolean modules = false;
        for (int i = 0; i < channel.size(); i++) {
            ChannelElement e = channel.get(i);
            if (e instanceof Cable c) {
                flips += c.mirrors() ? 1 : 0;
                if (c.type() == PolarityType.C && firstTypeC < 0) {
                    firstTypeC = i;
                }
            } else if (e instanceof Adapter a) {
                flips += a.keying() == AdapterKeying.KEY_UP_KEY_UP ? 1 : 0;
            } else if (e instanceof ConversionModule) {
                modules = true;
            }
        }
        if (firstTypeC >= 0) {
            return new Diagnosis(firstTypeC, "the Type-C element at " + firstTypeC
                    + " pair-swaps the lanes; use Type-A or Type-B cabling with an odd number of polarity flips");
        }
        if (modules) {
            return new Diagnosis(Violation.WHOLE_CHANNEL, "follow the lane through the modules: check each module's"
                    + " orientation and the trunk leg order");
        }
        String flipText = flips + ": Type-B cables and key-up/key-up adapters";
        if (flips % 2 == 0) {
            int fix = channel.size() - 1;
            Cable cord = (Cable) channel.get(fix);
            String other = cord.type() == PolarityType.A ? "B" : "A";
            return new Diagnosis(fix, "the channel has an even number of polarity flips (" + flipText
                    + "); replace the " + cord.describe() + " at element " + fix + " with a Type-" + other + " "
                    + cord.role().name().toLowerCase(Locale.ROOT));
        }
        return new Diagnosis(Violation.WHOLE_CHANNEL, "the channel has an odd number of polarity flips (" + flipText
                + ") yet the lanes miss: on two-row plugs check the rows (key-up/key-down adapters swap rows),"
                + " otherwise the two transceivers' lane maps are not mirror images");
    }

    private static String who(TransceiverPort t, String role) {
        return t.label().equals(role) ? role : role + " (" + t.label() + ")";
    }

    private static void requirePort(TransceiverPort t, int ports, String side) {
        if (t.port() > ports) {
            throw new IllegalArgumentException("the " + side + " transceiver sits on port " + t.port()
                    + " but the channel's " + side + " end has " + ports + " port(s)");
        }
    }

    private record Diagnosis(int elementIndex, String text) {
    }
}
