package org.cablesim.lifecycle;

import java.util.EnumMap;
import java.util.Map;
import org.cablesim.scenario.CleaningChoice;
import org.cablesim.scenario.FlapSpec;
import org.cablesim.scenario.PartKind;
import org.cablesim.scenario.RepairSpec;
import org.cablesim.scenario.SparesSpec;
import org.cablesim.scenario.TurnUpSpec;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.LognormalDistribution;
import org.cablesim.stats.UniformDistribution;

/**
 * Default rates, durations and labour figures of the lifecycle simulation, each with its source (published field data:
 * Llama 3, Alibaba HPN, Microsoft CorrOpt; tags [paper], [vendor], [derived], [assume]). Every figure is overridable through the model records; these
 * are data, not physics.
 */
public final class LifecycleDefaults {
    private LifecycleDefaults() {
    }

    /** The turn-up procedure of these defaults. */
    public static TurnUpSpec turnUp() {
        return new TurnUpSpec(TURN_UP_CREWS, MAX_REMATES, TEST_MINUTES, REMATE_MINUTES, REPLACE_MINUTES);
    }

    /** The repairs of these defaults: detection, travel and hands-on times, crews and misdiagnosis. */
    public static RepairSpec repair() {
        Map<PartKind, Distribution> hours = new EnumMap<>(PartKind.class);
        Distribution swap = new UniformDistribution(SWAP_MIN_HOURS, SWAP_MAX_HOURS);
        hours.put(PartKind.TRANSCEIVER, swap);
        hours.put(PartKind.CORD, swap);
        hours.put(PartKind.TRUNK, new UniformDistribution(TRUNK_MIN_HOURS, TRUNK_MAX_HOURS));
        hours.put(PartKind.CASSETTE, new UniformDistribution(CASSETTE_MIN_HOURS, CASSETTE_MAX_HOURS));
        hours.put(PartKind.SWITCH_PORT, swap);
        return new RepairSpec(CREWS, new UniformDistribution(DETECTION_MIN_HOURS, DETECTION_MAX_HOURS),
                new UniformDistribution(TRAVEL_MIN_HOURS, TRAVEL_MAX_HOURS), hours, MISDIAGNOSIS);
    }

    /** The spares of these defaults: 1 % of the installed count per kind, 14-day restock. */
    public static SparesSpec spares() {
        return new SparesSpec(Map.of(), SPARES_FRACTION, RESTOCK_DAYS);
    }

    /** The flaps of these defaults: 2 per link-year, lognormal durations with median 3 s. */
    public static FlapSpec flaps() {
        return new FlapSpec(FLAPS_PER_LINK_YEAR, FLAP_DURATION_HOURS);
    }

    /**
     * Transceiver failures per unit-year, 0.3 %. [assume] No public 400G/800G field AFR exists; vendor
     * predictions for 100G SR4 are ~0.09 %/yr [vendor], set ×3 for hotter, denser modules. Together with the
     * rates below a server link sees ≈ 1.05 hard failures per 100 link-years, inside the 0.5–1.4 %/link-year
     * derived from Llama 3 (35 switch/cable interruptions in 54 days on 16,384 GPUs) and near Alibaba HPN's
     * 0.7 %/link-year (0.057 % of NIC–ToR links per month) [paper, derived].
     */
    public static final double TRANSCEIVER_PER_YEAR = 0.003;
    /** Patch-cord failures (breaks, crushed ferrules) per cord-year, 0.05 %. [assume] */
    public static final double CORD_PER_YEAR = 0.0005;
    /** Trunk failures per trunk-year, 0.05 % (each takes down every link it carries). [assume] */
    public static final double TRUNK_PER_YEAR = 0.0005;
    /** Cassette failures per cassette-year, 0.02 %. [assume] */
    public static final double CASSETTE_PER_YEAR = 0.0002;
    /**
     * Switch-port (or NIC-port) failures per port-year, 0.15 %. [assume] HPN reports 0.051 % of ToRs crashing
     * per month (≈ 0.6 % per switch-year) [paper]; whole-switch crashes are not modelled, a port fails alone.
     */
    public static final double SWITCH_PORT_PER_YEAR = 0.0015;

    /**
     * Flaps per link-year, 2. [assume] HPN sees 5K–60K link flaps per day cluster-wide [paper] without the
     * link count; spread over an assumed ~10⁶ links that is 2–20 per link-year; the low end is the default.
     */
    public static final double FLAPS_PER_LINK_YEAR = 2.0;
    /** Median flap duration, 3 s (lognormal σ = 1: 0.13 % of flaps outlast 60 s). [assume] */
    public static final double FLAP_MEDIAN_HOURS = 3.0 / 3600;
    /** Log-standard deviation of flap durations. [assume] */
    public static final double FLAP_SIGMA = 1.0;
    /** Flap durations, hours: lognormal with median {@link #FLAP_MEDIAN_HOURS} and σ {@link #FLAP_SIGMA}. */
    public static final Distribution FLAP_DURATION_HOURS = new LognormalDistribution(Math.log(FLAP_MEDIAN_HOURS),
            FLAP_SIGMA);

    /** Cleaning before every mating: inspect and clean (the dirty-after-mating shares are on the choice). */
    public static final CleaningChoice CLEANING = CleaningChoice.INSPECT_ALWAYS;
    /** Loss a dirty connection adds, uniform on [0.5, 3] dB. [assume] */
    public static final double DIRT_MIN_DB = 0.5;
    /** Upper end of the dirt loss, dB. [assume] */
    public static final double DIRT_MAX_DB = 3.0;
    /** Reflectance rise of a dirty connection, 25 dB (clean APC ≈ −60 dB becomes ≈ −35 dB). [assume] */
    public static final double DIRT_REFLECTANCE_RISE_DB = 25.0;
    /** Loss drift per connection, 0.01 dB per year since its last mating. [assume] */
    public static final double AGEING_DB_PER_CONNECTION_YEAR = 0.01;

    /** Repair crews. [assume] */
    public static final int CREWS = 8;
    /** Detection (automated isolation) takes 20 s to 2 min, uniform [paper: Alibaba HPN, SIGCOMM 2024; CorrOpt, SIGCOMM 2017]. */
    public static final double DETECTION_MIN_HOURS = 20.0 / 3600;
    /** Upper end of the detection delay, hours. */
    public static final double DETECTION_MAX_HOURS = 2.0 / 60;
    /** Travel to the rack, uniform 15–45 min. [assume] */
    public static final double TRAVEL_MIN_HOURS = 0.25;
    /** Upper end of the travel time, hours. [assume] */
    public static final double TRAVEL_MAX_HOURS = 0.75;
    /**
     * Hands-on time to swap a transceiver, cord or port with spares on hand, uniform 0.75–3.25 h; with travel
     * the 1–4 h of published field data (Llama 3, HPN, CorrOpt) [assume].
     */
    public static final double SWAP_MIN_HOURS = 0.75;
    /** Upper end of a swap, hours. [assume] */
    public static final double SWAP_MAX_HOURS = 3.25;
    /** Replacing a trunk (pull, route, terminate), uniform 4–12 h. [assume] */
    public static final double TRUNK_MIN_HOURS = 4.0;
    /** Upper end of a trunk replacement, hours. [assume] */
    public static final double TRUNK_MAX_HOURS = 12.0;
    /** Replacing a cassette, uniform 1–3 h. [assume] */
    public static final double CASSETTE_MIN_HOURS = 1.0;
    /** Upper end of a cassette replacement, hours. [assume] */
    public static final double CASSETTE_MAX_HOURS = 3.0;
    /** Share of first repairs that fix the wrong part, 20 % (CorrOpt: 80 % first-time right) [paper]. */
    public static final double MISDIAGNOSIS = 0.20;
    /** Spares on hand per kind as a share of the installed count, 1 %, at least one. [assume] */
    public static final double SPARES_FRACTION = SparesSpec.DEFAULT_FRACTION_OF_INSTALLED;
    /** Restock lead time of a consumed spare, 14 days. [assume] */
    public static final double RESTOCK_DAYS = 14.0;

    /** Turn-up crews. [assume] */
    public static final int TURN_UP_CREWS = 10;
    /** Test of one link at turn-up (light source and meter, both directions), minutes. [assume] */
    public static final double TEST_MINUTES = 5.0;
    /** Inspect, clean, re-mate and re-test one connection, minutes. [assume] */
    public static final double REMATE_MINUTES = 10.0;
    /** Replace one component (new cord or part) and re-test, minutes. [assume] */
    public static final double REPLACE_MINUTES = 20.0;
    /** Re-mate attempts on a failing link before its worst part is replaced. [assume] */
    public static final int MAX_REMATES = 2;

    /** GPUs per server (DGX/HGX). [vendor] */
    public static final int GPUS_PER_SERVER = 8;
    /** Checkpoint interval, 2 h (HPN: 2–4 h checkpoints) [paper]. */
    public static final double CHECKPOINT_HOURS = 2.0;
    /** Restart (reload checkpoint, re-form communicators), 0.5 h. [assume] */
    public static final double RESTART_HOURS = 0.5;
    /** A server-link outage shorter than 1 min does not interrupt training (HPN single-ToR) [paper]. */
    public static final double TOLERANCE_HOURS = 1.0 / 60;
}
