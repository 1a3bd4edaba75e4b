package org.cablesim.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.UnknownCatalogIdException;
import org.cablesim.lifecycle.LifecycleDefaults;
import org.cablesim.scenario.CleaningChoice;
import org.cablesim.scenario.ClusterSpec;
import org.cablesim.scenario.ContaminationSpec;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.FailureLawSpec;
import org.cablesim.scenario.FlapSpec;
import org.cablesim.scenario.JobSpec;
import org.cablesim.scenario.LifecycleSpec;
import org.cablesim.scenario.PartKind;
import org.cablesim.scenario.RepairSpec;
import org.cablesim.scenario.SparesSpec;
import org.cablesim.scenario.TierSpec;
import org.cablesim.scenario.TurnUpSpec;
import org.cablesim.scenario.UpgradeWaveSpec;
import org.cablesim.stats.Distribution;

/**
 * The scenario's {@code lifecycle} section as read and validated, every absent field at its
 * {@link LifecycleDefaults} value (formats and ranges in the README).
 *
 * @param spec the domain settings
 */
public record LifecycleSection(LifecycleSpec spec) {
    static final int DEFAULT_REPLICATIONS = 8;
    static final double DEFAULT_HORIZON_DAYS = 1825;
    static final String[] FIELDS = {"replications", "horizonDays", "turnUp", "repair", "spares", "failures", "flaps",
        "cleaning", "contamination", "ageingDbPerYear", "neighbourDisturbance", "job", "upgrades"};
    static final String[] TURN_UP_FIELDS = {"crews", "maxRemateAttempts", "testMinutes", "remateMinutes",
        "replaceMinutes"};
    static final String[] REPAIR_FIELDS = {"crews", "detectionDelayMinutes", "travelHours", "replaceHours",
        "misdiagnosisShare"};
    static final String[] SPARES_FIELDS = {"perKind", "fractionOfInstalled", "restockDays"};
    static final String[] FAILURE_FIELDS = {"perYear", "weibullShape"};
    static final String[] FLAP_FIELDS = {"perLinkYear", "durationSeconds"};
    static final String[] CONTAMINATION_FIELDS = {"dirtyShare", "minDb", "maxDb", "reflectanceRiseDb",
        "reflectanceLimitDb"};
    /** Read only to reject it with a reason: each link is judged by its PMD's discrete-reflectance table. */
    private static final String REMOVED_LIMIT = "reflectanceLimitDb";
    static final String[] JOB_FIELDS = {"gpus", "checkpointIntervalHours", "restartMinutes",
        "interruptionToleranceSeconds"};
    static final String[] UPGRADE_FIELDS = {"name", "day", "tier", "toPmd", "crews"};

    private static final Spelling<PartKind> PART_KIND = Spelling.lowerHyphen(PartKind.values());
    private static final Spelling<CleaningChoice> CLEANING = Spelling.lowerHyphen(CleaningChoice.values());
    private static final double MINUTES_MAX = 1e6;

    public LifecycleSection {
        Objects.requireNonNull(spec, "spec");
    }

    /** The section when the file leaves it out: every {@link LifecycleDefaults} value. */
    public static LifecycleSection defaults() {
        Problems problems = new Problems();
        LifecycleSection section = read(Fields.empty("lifecycle", problems, FIELDS), null, null, null);
        if (section == null) {
            throw new IllegalStateException("the lifecycle defaults do not validate: " + problems.list());
        }
        return section;
    }

    /**
     * Reads the section.
     *
     * @param f       the section's fields
     * @param catalog the effective catalog, or null when it could not be built (PMD checks skipped)
     * @param fabric  the fabric, or null when it could not be read (tier checks skipped)
     * @param cluster the cluster, or null when it could not be read (job-size checks skipped)
     * @return the section, or null when a problem was recorded
     */
    static LifecycleSection read(Fields f, Catalog catalog, FabricSpec fabric, ClusterSpec cluster) {
        int before = f.problems().size();
        Integer replications = f.optionalInt("replications", DEFAULT_REPLICATIONS, 1, 100_000);
        Double horizon = f.optionalDouble("horizonDays", DEFAULT_HORIZON_DAYS, DoubleRange.aboveUpTo(0, 36_500));
        TurnUpSpec turnUp = turnUp(f.object("turnUp", false, TURN_UP_FIELDS));
        RepairSpec repair = repair(f.object("repair", false, REPAIR_FIELDS));
        SparesSpec spares = spares(f.object("spares", false, SPARES_FIELDS));
        Map<PartKind, FailureLawSpec> failures = failures(f);
        FlapSpec flaps = flaps(f.object("flaps", false, FLAP_FIELDS));
        CleaningChoice cleaning = f.optionalEnum("cleaning", LifecycleDefaults.CLEANING, CLEANING);
        ContaminationSpec contamination = contamination(f.object("contamination", false, CONTAMINATION_FIELDS),
                cleaning);
        Double ageing = f.optionalDouble("ageingDbPerYear", LifecycleDefaults.AGEING_DB_PER_CONNECTION_YEAR,
                DoubleRange.closed(0, 10));
        Boolean disturbance = f.optionalBoolean("neighbourDisturbance", true);
        JobSpec job = job(f.object("job", false, JOB_FIELDS), cluster);
        List<UpgradeWaveSpec> upgrades = upgrades(f, horizon, catalog, fabric);
        if (f.problems().size() > before || f.isBroken()) {
            return null;
        }
        return new LifecycleSection(new LifecycleSpec(replications, horizon, turnUp, repair, spares, failures, flaps,
                cleaning, contamination, ageing, disturbance, job, upgrades));
    }

    /** The domain settings this section describes. */
    public LifecycleSpec toSpec() {
        return spec;
    }

    private static TurnUpSpec turnUp(Fields t) {
        int before = t.problems().size();
        Integer crews = t.optionalInt("crews", LifecycleDefaults.TURN_UP_CREWS, 1, 100_000);
        Integer remates = t.optionalInt("maxRemateAttempts", LifecycleDefaults.MAX_REMATES, 0, 100);
        Double test = t.optionalDouble("testMinutes", LifecycleDefaults.TEST_MINUTES, DoubleRange.closed(0, MINUTES_MAX));
        Double remate = t.optionalDouble("remateMinutes", LifecycleDefaults.REMATE_MINUTES,
                DoubleRange.closed(0, MINUTES_MAX));
        Double replace = t.optionalDouble("replaceMinutes", LifecycleDefaults.REPLACE_MINUTES,
                DoubleRange.closed(0, MINUTES_MAX));
        return t.problems().size() > before || t.isBroken() ? null
                : new TurnUpSpec(crews, remates, test, remate, replace);
    }

    private static RepairSpec repair(Fields r) {
        int before = r.problems().size();
        RepairSpec defaults = LifecycleDefaults.repair();
        Integer crews = r.optionalInt("crews", defaults.crews(), 0, 100_000);
        Distribution detection = DurationReader.read(r, "detectionDelayMinutes", DurationReader.Unit.MINUTES,
                defaults.detectionDelay());
        Distribution travel = DurationReader.read(r, "travelHours", DurationReader.Unit.HOURS, defaults.travel());
        Map<PartKind, Distribution> replace = new EnumMap<>(defaults.replace());
        Fields byKind = r.object("replaceHours", false, PART_KIND.names().toArray(String[]::new));
        for (PartKind kind : PartKind.values()) {
            String name = PART_KIND.name(kind);
            if (byKind.has(name)) {
                replace.put(kind, DurationReader.read(byKind, name, DurationReader.Unit.HOURS, null));
            }
        }
        Double misdiagnosis = r.optionalDouble("misdiagnosisShare", defaults.misdiagnosisShare(),
                DoubleRange.closed(0, 1));
        if (r.problems().size() > before || r.isBroken() || replace.containsValue(null)) {
            return null;
        }
        return new RepairSpec(crews, detection, travel, replace, misdiagnosis);
    }

    private static SparesSpec spares(Fields s) {
        int before = s.problems().size();
        Map<PartKind, Integer> perKind = new EnumMap<>(PartKind.class);
        Fields byKind = s.object("perKind", false, PART_KIND.names().toArray(String[]::new));
        for (PartKind kind : PartKind.values()) {
            String name = PART_KIND.name(kind);
            if (byKind.has(name)) {
                perKind.put(kind, byKind.optionalInt(name, 0, 0, 100_000_000));
            }
        }
        Double fraction = s.optionalDouble("fractionOfInstalled", LifecycleDefaults.SPARES_FRACTION,
                DoubleRange.closed(0, 100));
        Double restock = s.optionalDouble("restockDays", LifecycleDefaults.RESTOCK_DAYS,
                DoubleRange.closed(0, 36_500));
        if (s.problems().size() > before || s.isBroken() || perKind.containsValue(null)) {
            return null;
        }
        return new SparesSpec(perKind, fraction, restock);
    }

    private static Map<PartKind, FailureLawSpec> failures(Fields f) {
        int before = f.problems().size();
        Fields byKind = f.object("failures", false, PART_KIND.names().toArray(String[]::new));
        Map<PartKind, FailureLawSpec> laws = new EnumMap<>(PartKind.class);
        for (PartKind kind : PartKind.values()) {
            Fields law = byKind.object(PART_KIND.name(kind), false, FAILURE_FIELDS);
            Double perYear = law.optionalDouble("perYear", defaultRate(kind), DoubleRange.closed(0, 100));
            Double shape = law.optionalDouble("weibullShape", 1.0, DoubleRange.aboveUpTo(0, 100));
            if (perYear != null && shape != null && !law.isBroken()) {
                laws.put(kind, new FailureLawSpec(perYear, shape));
            }
        }
        return f.problems().size() > before || byKind.isBroken() ? null : laws;
    }

    private static double defaultRate(PartKind kind) {
        return switch (kind) {
            case TRANSCEIVER -> LifecycleDefaults.TRANSCEIVER_PER_YEAR;
            case CORD -> LifecycleDefaults.CORD_PER_YEAR;
            case TRUNK -> LifecycleDefaults.TRUNK_PER_YEAR;
            case CASSETTE -> LifecycleDefaults.CASSETTE_PER_YEAR;
            case SWITCH_PORT -> LifecycleDefaults.SWITCH_PORT_PER_YEAR;
        };
    }

    private static FlapSpec flaps(Fields fl) {
        int before = fl.problems().size();
        Double perLinkYear = fl.optionalDouble("perLinkYear", LifecycleDefaults.FLAPS_PER_LINK_YEAR,
                DoubleRange.closed(0, 1e6));
        Distribution duration = DurationReader.read(fl, "durationSeconds", DurationReader.Unit.SECONDS,
                LifecycleDefaults.FLAP_DURATION_HOURS);
        return fl.problems().size() > before || fl.isBroken() ? null : new FlapSpec(perLinkYear, duration);
    }

    private static ContaminationSpec contamination(Fields c, CleaningChoice cleaning) {
        int before = c.problems().size();
        double policyShare = (cleaning == null ? LifecycleDefaults.CLEANING : cleaning).defaultDirtyShare();
        Double dirty = c.optionalDouble("dirtyShare", policyShare, DoubleRange.closed(0, 1));
        Double min = c.optionalDouble("minDb", LifecycleDefaults.DIRT_MIN_DB, DoubleRange.closed(0, 100));
        Double max = c.optionalDouble("maxDb", LifecycleDefaults.DIRT_MAX_DB, DoubleRange.closed(0, 100));
        Double rise = c.optionalDouble("reflectanceRiseDb", LifecycleDefaults.DIRT_REFLECTANCE_RISE_DB,
                DoubleRange.closed(0, 100));
        if (c.has(REMOVED_LIMIT)) {
            c.problems().add(c.pathOf(REMOVED_LIMIT), "is no longer a setting: each link's reflectances are judged"
                    + " by its PMD's discrete-reflectance table (catalog pmds.<id>.reflectanceTable; multimode PMDs"
                    + " have none); remove this field");
        }
        if (min != null && max != null && max < min) {
            c.problems().add(c.pathOf(c.has("maxDb") ? "maxDb" : "minDb"), "minDb (" + DoubleRange.number(min)
                    + ") must not exceed maxDb (" + DoubleRange.number(max) + ")");
        }
        return c.problems().size() > before || c.isBroken() ? null
                : new ContaminationSpec(dirty, min, max, rise);
    }

    private static JobSpec job(Fields j, ClusterSpec cluster) {
        int before = j.problems().size();
        // The largest cluster the format allows: 1,000,000 servers × 64 GPUs.
        Long gpus = j.optionalLong("gpus", 0, 0, 64_000_000L);
        if (gpus != null && gpus > 0 && cluster != null) {
            if (gpus % cluster.gpusPerServer() != 0) {
                j.problems().add(j.pathOf("gpus"), "must be a multiple of cluster.gpusPerServer ("
                        + cluster.gpusPerServer() + "), was " + gpus);
            } else if (gpus > cluster.gpus()) {
                j.problems().add(j.pathOf("gpus"), "must be at most the cluster's " + cluster.gpus() + " GPUs, was "
                        + gpus);
            }
        }
        Double checkpoint = j.optionalDouble("checkpointIntervalHours", LifecycleDefaults.CHECKPOINT_HOURS,
                DoubleRange.aboveUpTo(0, 1e5));
        Double restart = j.optionalDouble("restartMinutes", LifecycleDefaults.RESTART_HOURS * 60,
                DoubleRange.closed(0, MINUTES_MAX));
        Double tolerance = j.optionalDouble("interruptionToleranceSeconds", LifecycleDefaults.TOLERANCE_HOURS * 3600,
                DoubleRange.closed(0, 1e7));
        return j.problems().size() > before || j.isBroken() ? null : new JobSpec(gpus, checkpoint, restart, tolerance);
    }

    private static List<UpgradeWaveSpec> upgrades(Fields f, Double horizon, Catalog catalog, FabricSpec fabric) {
        List<JsonNode> elements = f.list("upgrades", false);
        if (elements == null) {
            return List.of();
        }
        int before = f.problems().size();
        List<UpgradeWaveSpec> waves = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            String path = TreePath.index(f.pathOf("upgrades"), i);
            Fields w = Fields.of(elements.get(i), path, f.problems(), UPGRADE_FIELDS);
            int waveBefore = f.problems().size();
            String name = w.requiredText("name", ScenarioParser.NAME);
            if (name != null) {
                Integer earlier = firstIndex.putIfAbsent(name, i);
                if (earlier != null) {
                    w.problems().add(w.pathOf("name"), "duplicate upgrade name '" + name + "' (also "
                            + TreePath.index(f.pathOf("upgrades"), earlier) + ")");
                }
            }
            Double day = w.requiredDouble("day", DoubleRange.closed(0, 36_500));
            if (day != null && horizon != null && !(day < horizon)) {
                w.problems().add(w.pathOf("day"), "must be before " + f.pathOf("horizonDays") + " ("
                        + DoubleRange.number(horizon) + "), was " + DoubleRange.number(day));
            }
            String tier = w.requiredText("tier", ScenarioParser.NAME);
            if (tier != null && fabric != null && fabric.tiers().stream().noneMatch(t -> t.name().equals(tier))) {
                w.problems().add(w.pathOf("tier"), "unknown tier '" + tier + "' (tiers: " + String.join(", ",
                        fabric.tiers().stream().map(TierSpec::name).toList()) + ")");
            }
            String named = w.requiredText("toPmd", CatalogEntries.ID);
            String pmd = named == null || catalog == null ? named
                    : catalog.findPmd(named).map(org.cablesim.catalog.Pmd::id).orElse(null);
            if (named != null && catalog != null && pmd == null) {
                w.problems().add(w.pathOf("toPmd"), UnknownCatalogIdException.message("PMD", named,
                        catalog.pmdIds()));
            }
            Integer crews = w.optionalInt("crews", LifecycleDefaults.CREWS, 1, 100_000);
            if (f.problems().size() == waveBefore && !w.isBroken()) {
                waves.add(new UpgradeWaveSpec(name, day, tier, pmd, crews));
            }
        }
        return f.problems().size() > before ? null : waves;
    }
}
