package org.cablesim.optics;

import java.util.List;
import org.cablesim.catalog.Pmd;
import org.cablesim.catalog.ReflectanceLimit;

import java.util.Arrays;
import org.cablesim.stats.Checks;

/**
 * A PMD's discrete-reflectance limit: reflectances above {@code countThresholdDb} are counted, and a
 * channel with n counted reflectances complies iff some table row allows at least n and every counted
 * reflectance is at most that row's limit (the first row with {@code maxCount >= n}).
 *
 * @param maxCounts        row counts, strictly increasing, each &ge; 1
 * @param maxEachDb        per-row largest allowed single reflectance in dB (negative), one per row
 * @param countThresholdDb reflectances strictly above this (dB) are counted, e.g. −55
 */
public record ReflectanceRule(int[] maxCounts, double[] maxEachDb, double countThresholdDb) {
    public ReflectanceRule {
        if (maxCounts == null || maxEachDb == null || maxCounts.length == 0 || maxCounts.length != maxEachDb.length) {
            throw new IllegalArgumentException("a reflectance rule needs one max-each value per count row, at least one row");
        }
        maxCounts = maxCounts.clone();
        maxEachDb = maxEachDb.clone();
        for (int i = 0; i < maxCounts.length; i++) {
            if (maxCounts[i] < 1 || (i > 0 && maxCounts[i] <= maxCounts[i - 1])) {
                throw new IllegalArgumentException("maxCounts must be >= 1 and strictly increasing, row " + i);
            }
            if (!Double.isFinite(maxEachDb[i])) {
                throw new IllegalArgumentException("maxEachDb must be finite, row " + i);
            }
        }
        if (!Double.isFinite(countThresholdDb)) {
            throw new IllegalArgumentException("countThresholdDb must be finite");
        }
    }

    /**
     * The IEEE 802.3cd FR table (IEEE 802.3 PMD clauses, used for DR by analogy): count of reflectances &gt; −55 dB
     * 1, 2, 4, 6, 8, 10 with max each −25, −31, −35, −38, −40, −41 dB.
     *
     * @return the rule
     */
    public static ReflectanceRule ieee8023cdFr() {
        return new ReflectanceRule(new int[] {1, 2, 4, 6, 8, 10}, new double[] {-25, -31, -35, -38, -40, -41}, -55);
    }

    /**
     * The discrete-reflectance rule of a PMD: its own table, or none when it sets none (multimode PMDs have no
     * table, so a multimode channel is never judged by a single-mode limit).
     *
     * @param pmd the PMD
     * @return the rule
     */
    public static ReflectanceRule of(Pmd pmd) {
        List<ReflectanceLimit> table = pmd.reflectanceTable();
        if (table.isEmpty()) {
            return none();
        }
        int[] counts = table.stream().mapToInt(ReflectanceLimit::maxCount).toArray();
        double[] each = table.stream().mapToDouble(ReflectanceLimit::maxEachDb).toArray();
        return new ReflectanceRule(counts, each, pmd.reflectanceCountedAboveDb());
    }

    /** @return a rule that every channel passes (for multimode PMDs without a reflectance table) */
    public static ReflectanceRule none() {
        return new ReflectanceRule(new int[] {Integer.MAX_VALUE}, new double[] {Double.MAX_VALUE}, Double.MAX_VALUE);
    }

    /**
     * Counts the reflectances that the table limits.
     *
     * @param reflectancesDb one value per reflective event in dB (e.g. −60 APC, −50 UPC)
     * @return how many are strictly above {@link #countThresholdDb}
     */
    public int count(double[] reflectancesDb) {
        int n = 0;
        for (double r : reflectancesDb) {
            if (r > countThresholdDb) {
                n++;
            }
        }
        return n;
    }

    /**
     * Decides compliance from the count and the worst counted reflectance.
     *
     * @param counted           reflectances above the threshold, &ge; 0
     * @param worstCountedDb    the largest counted reflectance in dB (ignored when {@code counted == 0})
     * @return true iff the channel complies
     */
    public boolean complies(int counted, double worstCountedDb) {
        Checks.atLeast("counted", counted, 0);
        if (counted == 0) {
            return true;
        }
        for (int i = 0; i < maxCounts.length; i++) {
            if (maxCounts[i] >= counted) {
                return worstCountedDb <= maxEachDb[i];
            }
        }
        return false;
    }

    /**
     * Decides compliance from the raw reflectance values.
     *
     * @param reflectancesDb one value per reflective event in dB
     * @return true iff the channel complies
     */
    public boolean complies(double[] reflectancesDb) {
        int n = 0;
        double worst = Double.NEGATIVE_INFINITY;
        for (double r : reflectancesDb) {
            if (r > countThresholdDb) {
                n++;
                worst = Math.max(worst, r);
            }
        }
        return complies(n, worst);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReflectanceRule r && Arrays.equals(maxCounts, r.maxCounts)
                && Arrays.equals(maxEachDb, r.maxEachDb) && Double.compare(countThresholdDb, r.countThresholdDb) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(maxCounts) + Arrays.hashCode(maxEachDb)) + Double.hashCode(countThresholdDb);
    }

    @Override
    public String toString() {
        return "ReflectanceRule[maxCounts=" + Arrays.toString(maxCounts) + ", maxEachDb=" + Arrays.toString(maxEachDb)
                + ", countThresholdDb=" + countThresholdDb + "]";
    }
}
