package org.cablesim.io;

import org.cablesim.scenario.ClusterSpec;

/** Reads the scenario's {@code cluster} section. */
final class ClusterReader {
    static final String[] FIELDS = {"servers", "gpusPerServer", "nicsPerServer"};
    static final int DEFAULT_GPUS_PER_SERVER = 8;
    static final int DEFAULT_NICS_PER_SERVER = 8;

    private ClusterReader() {
    }

    /**
     * The section's values; {@code servers} is kept on its own for cross-section checks even when another
     * field is wrong.
     *
     * @param servers the server count, null when missing or invalid
     * @param spec    the cluster, null when any field is invalid
     */
    record Result(Integer servers, ClusterSpec spec) {
    }

    static Result read(Fields f) {
        int before = f.problems().size();
        Integer servers = f.requiredInt("servers", 1, 1_000_000);
        Integer gpus = f.optionalInt("gpusPerServer", DEFAULT_GPUS_PER_SERVER, 1, 64);
        Integer nics = f.optionalInt("nicsPerServer", DEFAULT_NICS_PER_SERVER, 1, 64);
        boolean ok = f.problems().size() == before && !f.isBroken();
        return new Result(servers, ok ? new ClusterSpec(servers, gpus, nics) : null);
    }
}
