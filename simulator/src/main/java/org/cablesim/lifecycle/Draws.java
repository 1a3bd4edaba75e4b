package org.cablesim.lifecycle;

import org.apache.commons.rng.UniformRandomProvider;
import org.cablesim.optics.MatedPairSampler;
import org.cablesim.random.RandomStreams;
import org.cablesim.random.ReseedableStream;
import org.cablesim.random.StreamKeys;
import org.cablesim.random.StreamPurpose;

/**
 * The named random streams of one replication. Every random act of an element (a component's k-th time to
 * failure, a connection's k-th mating, a repair ticket) draws from its own stream
 * (seed, purpose, element id, replication, k), so nothing shifts when other elements or events change. One
 * reusable generator is moved to each stream in place: a stream returned by {@link #at} is valid only until
 * the next call. The keys of the draws every element makes (failures, matings) are hashed once per run
 * ({@link Keys}); the rare ones (repair tickets) when needed.
 */
final class Draws {
    /** Stream purposes. */
    static final String TTF = "ttf";
    static final String MATE = "mate";
    static final String REPAIR_COMPONENT = "repair-component";
    static final String REPAIR_LINK = "repair-link";

    /** The stream keys of one run, shared read-only by its replications. */
    static final class Keys {
        final RandomStreams streams;
        final StreamKeys ttf;
        final StreamKeys mate;
        final StreamPurpose repairComponent;
        final StreamPurpose repairLink;

        Keys(RandomStreams streams, PlantIndex p) {
            this.streams = streams;
            this.ttf = p.compIds.keys(streams.purpose(TTF));
            this.mate = p.connIds.keys(streams.purpose(MATE));
            this.repairComponent = streams.purpose(REPAIR_COMPONENT);
            this.repairLink = streams.purpose(REPAIR_LINK);
        }
    }

    private final Keys keys;
    private final PlantIndex p;
    private final long replication;
    private final ReseedableStream stream;
    private final MatedPairSampler[] samplers;

    Draws(Keys keys, PlantIndex p, long replication) {
        this.keys = keys;
        this.p = p;
        this.replication = replication;
        this.stream = new ReseedableStream(keys.streams.key("lifecycle", ""), replication);
        this.samplers = new MatedPairSampler[p.models.length];
    }

    /** Moves the shared generator to component {@code c}'s k-th time-to-failure stream. */
    UniformRandomProvider ttf(int c, long k) {
        keys.ttf.reseed(stream, c, replication, k);
        return stream;
    }

    /** Moves the shared generator to connection {@code c}'s k-th mating stream. */
    UniformRandomProvider mate(int c, long k) {
        keys.mate.reseed(stream, c, replication, k);
        return stream;
    }

    /** Moves the shared generator to component {@code c}'s k-th repair-ticket stream. */
    UniformRandomProvider componentTicket(int c, long k) {
        stream.reseed(p.compIds.key(keys.repairComponent, c).child(replication), k);
        return stream;
    }

    /** Moves the shared generator to link {@code l}'s k-th repair-ticket stream. */
    UniformRandomProvider linkTicket(int l, long k) {
        stream.reseed(p.linkIds.key(keys.repairLink, l).child(replication), k);
        return stream;
    }

    /** A sampler of loss model {@code m} bound to the shared generator (use right after {@link #mate}). */
    MatedPairSampler sampler(int m) {
        MatedPairSampler s = samplers[m];
        if (s == null) {
            s = p.models[m].sampler(stream);
            samplers[m] = s;
        }
        return s;
    }

    /** An independent generator for a long-running process (one per purpose and element). */
    UniformRandomProvider process(String purpose, String element) {
        return keys.streams.stream(purpose, element, replication);
    }
}
