package org.cablesim.scenario;

/**
 * The compute side of the cluster.
 *
 * @param servers        number of GPU servers, &gt; 0
 * @param gpusPerServer  GPUs per server, &gt; 0
 * @param nicsPerServer  scale-out NICs per server (one logical server–leaf link each), &gt; 0
 */
public record ClusterSpec(int servers, int gpusPerServer, int nicsPerServer) {
    public ClusterSpec {
        if (servers <= 0) {
            throw new IllegalArgumentException("servers must be > 0, was " + servers);
        }
        if (gpusPerServer <= 0) {
            throw new IllegalArgumentException("gpusPerServer must be > 0, was " + gpusPerServer);
        }
        if (nicsPerServer <= 0) {
            throw new IllegalArgumentException("nicsPerServer must be > 0, was " + nicsPerServer);
        }
    }

    /** This cluster at another size (a growth phase). */
    public ClusterSpec withServers(int newServers) {
        return new ClusterSpec(newServers, gpusPerServer, nicsPerServer);
    }

    /** Total GPUs in the cluster. */
    public long gpus() {
        return (long) servers * gpusPerServer;
    }
}
