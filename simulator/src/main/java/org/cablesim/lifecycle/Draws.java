package org.cablesim.lifecycle;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.cablesim.optics.MatedPairLossModel;
import org.cablesim.optics.MatedPairSampler;
import org.cablesim.random.RandomStreams;
import org.cablesim.random.ReseedableStream;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.Sampler;

/**
 * The named random streams of one replication. Every random act of an element (a component's k-th time to
 * failure, a connection's k-th mating, a repair ticket) draws from its own stream
 * (seed, purpose, element id, replication, k), so nothing shifts when other elements or events change. One
 * reusable generator is moved to each stream in place: a stream returned by {@link #at} is valid only until
 * the next call.
 */
final class Draws {
    private final RandomStreams streams;
    private final long replication;
    private final ReseedableStream stream;
    private final Map<MatedPairLossModel, MatedPairSampler> samplers = new HashMap<>();

    Draws(RandomStreams streams, long replication) {
        this.streams = streams;
        this.replication = replication;
        this.stream = new ReseedableStream(streams.key("lifecycle", ""), replication);
    }

    /** Moves the shared generator to the k-th stream of (purpose, element) in this replication. */
    UniformRandomProvider at(String purpose, String element, long k) {
        stream.reseed(streams.key(purpose, element).child(replication), k);
        return stream;
    }

    /** A sampler of {@code model} bound to the shared generator (use right after {@link #at}). */
    MatedPairSampler sampler(MatedPairLossModel model) {
        return samplers.computeIfAbsent(model, m -> m.sampler(stream));
    }

    /** An independent generator for a long-running process (one per purpose and element). */
    UniformRandomProvider process(String purpose, String element) {
        return streams.stream(purpose, element, replication);
    }
}
