package org.cablesim.plant;

import org.cablesim.polarity.Adapter;
import org.cablesim.polarity.Cable;
import org.cablesim.polarity.ConnectorEnd;
import org.cablesim.polarity.ConversionModule;
import org.cablesim.polarity.PortPosition;
import org.cablesim.polarity.PositionMap;

/**
 * The far-end slot of every near-end slot of a tier's trunk: where the first fibre of each slot's plug arrives,
 * through the cassettes when there are any. Identity when some slot does not arrive on a distinct slot (the checks
 * then report the channel).
 */
final class SlotPermutation {
    private SlotPermutation() {
    }

    static int[] of(TierPlant tp) {
        int n = tp.slotsPerTrunk();
        int[] perm = new int[n];
        boolean[] taken = new boolean[n];
        Cable trunk = tp.trunkTemplate().cable();
        ConversionModule near = tp.cassette() == null ? null : tp.nearCassetteTemplate().module();
        ConversionModule far = tp.cassette() == null ? null : tp.farCassetteTemplate().module();
        for (int s = 0; s < n; s++) {
            int f = traceSlot(tp, s, trunk, near, far);
            if (f < 0 || f >= n || taken[f]) {
                for (int i = 0; i < n; i++) {
                    perm[i] = i;
                }
                return perm;
            }
            taken[f] = true;
            perm[s] = f;
        }
        return perm;
    }

    private static int traceSlot(TierPlant tp, int slot, Cable trunk, ConversionModule near, ConversionModule far) {
        TierPlugs plugs = tp.plugs();
        if (tp.cassette() == null) {
            return trunk.forward(new PortPosition(slot + 1, firstFibre(plugs.trunkPlug))).map(p -> p.port() - 1)
                    .orElse(-1);
        }
        int rear = tp.cassette().rearPorts();
        int front = tp.cassette().frontPorts();
        int c = slot / front;
        PortPosition atRear = near.forward(new PortPosition(slot % front + 1, firstFibre(plugs.cassetteFront)))
                .orElse(null);
        if (atRear == null) {
            return -1;
        }
        int q = across(tp, atRear.position(), plugs.cassetteRear);
        if (q > plugs.trunkPlug.positions()) {
            return -1;
        }
        PortPosition farLeg = trunk.forward(new PortPosition(c * rear + atRear.port(), q)).orElse(null);
        if (farLeg == null) {
            return -1;
        }
        int q2 = across(tp, farLeg.position(), plugs.trunkPlug);
        if (q2 > plugs.cassetteRear.positions()) {
            return -1;
        }
        int farCassette = (farLeg.port() - 1) / rear;
        return far.forward(new PortPosition((farLeg.port() - 1) % rear + 1, q2))
                .map(p -> farCassette * front + p.port() - 1).orElse(-1);
    }

    private static int across(TierPlant tp, int position, ConnectorEnd arriving) {
        PositionMap map = Adapter.of("a", tp.keying()).positionMap(arriving.fibresPerRow(), arriving.rows());
        return map.apply(position);
    }

    static int firstFibre(ConnectorEnd plug) {
        for (int p = 1; p <= plug.positions(); p++) {
            if (plug.isPopulated(p)) {
                return p;
            }
        }
        throw new IllegalStateException("plug without fibre: " + plug);
    }
}
