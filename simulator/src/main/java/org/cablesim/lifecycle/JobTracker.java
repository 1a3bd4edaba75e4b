package org.cablesim.lifecycle;

/** The training jobs of {@link JobModel}: which server runs which job, and what interruptions cost. */
final class JobTracker {
    private final JobModel model;
    private int[] serverJob;
    private double[] restartDone;
    private long gpusPerJob;
    long interruptions;
    double lostGpuHours;

    JobTracker(JobModel model, int servers) {
        this.model = model;
        layOut(servers, 0);
    }

    /**
     * The cluster grows to {@code servers} servers at {@code now} (a growth phase): one job on every GPU grows with
     * it and keeps its checkpoint clock; jobs of a fixed size fill the new servers, starting now.
     */
    void grow(int servers, double now) {
        if (servers > serverJob.length) {
            layOut(servers, now);
        }
    }

    private void layOut(int servers, double now) {
        double[] before = restartDone;
        int serversPerJob = model.gpusPerJob() == 0 ? servers : model.gpusPerJob() / model.gpusPerServer();
        int jobs = serversPerJob == 0 ? 0 : servers / serversPerJob;
        serverJob = new int[servers];
        for (int s = 0; s < servers; s++) {
            serverJob[s] = s < jobs * serversPerJob ? s / serversPerJob : -1;
        }
        restartDone = new double[jobs];
        for (int j = 0; j < jobs; j++) {
            restartDone[j] = before != null && j < before.length ? before[j] : now;
        }
        gpusPerJob = (long) serversPerJob * model.gpusPerServer();
    }

    /**
     * The job on {@code server} is interrupted at {@code t}: it loses the work since its last checkpoint and
     * the restart; if it was still restarting, the restart starts over.
     *
     * @return the GPU-hours this interruption lost, or −1 when the server runs no job (nothing is interrupted)
     */
    double interrupt(int server, double t) {
        // A server a growth phase is still bringing in runs no job yet.
        int j = server < serverJob.length ? serverJob[server] : -1;
        if (j < 0) {
            return -1;
        }
        double before = lostGpuHours;
        interruptions++;
        double restart = model.restartHours();
        if (t < restartDone[j]) {
            lostGpuHours += gpusPerJob * (t + restart - restartDone[j]);
        } else {
            double sinceCheckpoint = (t - restartDone[j]) % model.checkpointIntervalHours();
            lostGpuHours += gpusPerJob * (sinceCheckpoint + restart);
        }
        restartDone[j] = t + restart;
        return lostGpuHours - before;
    }
}
