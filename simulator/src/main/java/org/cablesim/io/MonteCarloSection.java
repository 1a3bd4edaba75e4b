package org.cablesim.io;

import org.cablesim.scenario.LossMethod;

/**
 * The scenario's {@code montecarlo} section as read and validated; later work maps it into the domain.
 *
 * @param trials                      Monte Carlo trials per plan, 1..10^12
 * @param method                      estimation method
 * @param countTransceiverMatedPairs  whether the mated pairs at the transceiver MDIs count against the budget
 */
public record MonteCarloSection(long trials, LossMethod method, boolean countTransceiverMatedPairs) {
    static final long DEFAULT_TRIALS = 100_000;
    static final String[] FIELDS = {"trials", "method", "countTransceiverMatedPairs"};

    /** The section when the file leaves it out. */
    public static MonteCarloSection defaults() {
        return new MonteCarloSection(DEFAULT_TRIALS, LossMethod.AUTO, false);
    }

    static MonteCarloSection read(Fields f) {
        int before = f.problems().size();
        Long trials = f.optionalLong("trials", DEFAULT_TRIALS, 1, 1_000_000_000_000L);
        LossMethod method = f.optionalEnum("method", LossMethod.AUTO, Spellings.MONTE_CARLO_METHOD);
        Boolean count = f.optionalBoolean("countTransceiverMatedPairs", false);
        return f.problems().size() > before || f.isBroken() ? null : new MonteCarloSection(trials, method, count);
    }

    /** The domain settings this section describes. */
    public org.cablesim.scenario.MonteCarloSpec toSpec() {
        return new org.cablesim.scenario.MonteCarloSpec(trials, method,
                countTransceiverMatedPairs);
    }
}
