package org.cablesim.plant;

import java.util.Objects;
import org.cablesim.polarity.Adapter;
import org.cablesim.polarity.ConnectorEnd;

/**
 * Two plugs mated in a panel, cross-connect or cassette adapter of a resolved channel.
 *
 * @param role           where in the channel it is (panel, cross-connect, cassette front or rear)
 * @param side           the trunk side it is on
 * @param adapter        its polarity facts: keying and port routing; its label says where it is
 * @param arriving       the plug arriving from the near side (on the port this channel uses)
 * @param leaving        the plug leaving toward the far side
 * @param optics         loss class, loss model and reflectance
 * @param neighbourhood  the part whose other matings are disturbed when this one is worked on (the cassette, the
 *                       trunk end, or the adapter plate of a cross-connect port); non-blank
 * @param priceId        price-book id of the adapter, or empty when the adapter is part of a priced cassette
 */
public record MatedPair(MatingRole role, TrunkSide side, Adapter adapter, ConnectorEnd arriving,
        ConnectorEnd leaving, MatingOptics optics, String neighbourhood, String priceId) implements ResolvedElement {
    public MatedPair {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(arriving, "arriving");
        Objects.requireNonNull(leaving, "leaving");
        Objects.requireNonNull(optics, "optics");
        CableRun.requireText("neighbourhood", neighbourhood);
        Objects.requireNonNull(priceId, "priceId");
        if (role == MatingRole.MDI) {
            throw new IllegalArgumentException("an MDI mating belongs to the channel's MdiEnd, not to its elements");
        }
    }

    @Override
    public ElementKind kind() {
        return ElementKind.ADAPTER;
    }

    @Override
    public String label() {
        return adapter.label();
    }

    @Override
    public Adapter polarity() {
        return adapter;
    }
}
