package org.cablesim.study;

import org.cablesim.polarity.Adapter;
import org.cablesim.polarity.Cable;
import org.cablesim.polarity.ChannelElement;
import org.cablesim.polarity.ConversionModule;
import org.cablesim.polarity.Splice;

/** Strips the labels off channel elements, so that channels built from the same templates compare equal. */
final class ChannelShapes {
    private static final String BLANK = "-";

    private ChannelShapes() {
    }

    /** The element with a placeholder label; every fact the polarity and mating checks use is kept. */
    static ChannelElement unlabelled(ChannelElement e) {
        if (e instanceof Cable c) {
            return new Cable(BLANK, c.role(), c.type(), c.endA(), c.endB(), c.legs(), c.legsReversed());
        }
        if (e instanceof Adapter a) {
            return new Adapter(BLANK, a.keying(), a.portRouting());
        }
        if (e instanceof ConversionModule m) {
            return new ConversionModule(BLANK, m.nearPorts(), m.farPorts(), m.nearToFar());
        }
        if (e instanceof Splice) {
            return new Splice(BLANK);
        }
        throw new IllegalArgumentException("unknown channel element " + e);
    }
}
