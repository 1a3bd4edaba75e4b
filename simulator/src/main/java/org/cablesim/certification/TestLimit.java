package org.cablesim.certification;

import java.util.Objects;

/**
 * The certification limits and expectations of one lit fibre of one routed channel, keyed the way a tester's job
 * is set up: the link, the cable labels at both ends, the fibre launched into and the fibre that must light.
 *
 * @param linkId             logical link id, e.g. {@code L000001}
 * @param mdi                MDI number within the link, 1-based
 * @param tier               fabric tier name
 * @param pmd                the channel's PMD id
 * @param nearEnd            label of the channel's near end (the equipment cord's transceiver plug), e.g.
 *                           {@code R01-01.su01-srv001:1}
 * @param farEnd             label of its far end
 * @param cables             the channel's cable ids near to far, space-separated (the labels on the cables)
 * @param lane               lane index within the channel, 1-based (the order of its lit fibres)
 * @param nearToFar          true when light is launched at the near end (a near transmitter's fibre)
 * @param launchFibre        ferrule position the tester launches into, at the launching end, 1-based
 * @param expectedFibre      ferrule position that must light at the other end (expected polarity), 1-based
 * @param lengthM            the channel's cable length, metres (stock lengths)
 * @param fibreType          catalog fibre type id
 * @param wavelengthNm       the fibre type's reference wavelength, nm: the wavelength the limits hold for
 * @param matedPairs         mated pairs counted in both limits and in the expectation
 * @param splices            splices counted
 * @param applicationLimitDb the PMD's channel budget on the fibre, dB; NaN when the PMD has no reach on it
 * @param componentLimitDb   TIA-568.3 component-based limit, dB
 * @param expectedP50Db      median loss from the loss model, dB; NaN for a channel broken by design
 * @param expectedP99Db      99th percentile of the loss, dB; NaN for a channel broken by design
 * @param method             how the expectation was computed: {@code exact}, {@code monte-carlo}, or
 *                           {@code broken-by-design}
 */
public record TestLimit(String linkId, int mdi, String tier, String pmd, String nearEnd, String farEnd,
        String cables, int lane, boolean nearToFar, int launchFibre, int expectedFibre, double lengthM,
        String fibreType, double wavelengthNm, int matedPairs, int splices, double applicationLimitDb,
        double componentLimitDb, double expectedP50Db, double expectedP99Db, String method) {
    public TestLimit {
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(nearEnd, "nearEnd");
        Objects.requireNonNull(farEnd, "farEnd");
        Objects.requireNonNull(method, "method");
        if (mdi < 1 || lane < 1 || launchFibre < 1 || expectedFibre < 1 || matedPairs < 0 || splices < 0) {
            throw new IllegalArgumentException(linkId + ": mdi, lane and fibres are 1-based, counts >= 0");
        }
    }

    /** Launching end's label: the near end for a near-to-far fibre. */
    public String launchEnd() {
        return nearToFar ? nearEnd : farEnd;
    }

    /** The end whose fibre must light. */
    public String receiveEnd() {
        return nearToFar ? farEnd : nearEnd;
    }
}
