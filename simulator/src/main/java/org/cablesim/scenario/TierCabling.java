package org.cablesim.scenario;

import java.util.Objects;
import java.util.Optional;
import org.cablesim.catalog.Polish;
import org.cablesim.polarity.AdapterKeying;

/**
 * A plan's cabling choices for one fabric tier. Empty values are resolved by the plant from the PMD and the other
 * choices; the defaults are documented in the README's {@code plans} section.
 *
 * @param architecture   direct, interconnect or cross-connect
 * @param pmdId          PMD override (catalog id) for this plan; empty = the fabric tier's PMD. It must carry the
 *                       tier's link speed (the logical fabric is the same in every plan)
 * @param fibreTypeId    fibre type (catalog id) of every cable; empty = OS2 for single-mode PMDs, OM4 for multimode
 * @param polish         polish of every plug unless an element says otherwise; empty = the PMD's MDI polish
 * @param polarityMethod sets the default Type of every trunk, cord, jumper and adapter; empty = U1 for APC tiers
 *                       (Type-B trunk and cords, Type-A adapters: angled faces only meet key-up/key-down), B otherwise
 * @param adapterType    keying of every panel adapter (Type-A = key-up/key-down, Type-B = key-up/key-up); empty = by
 *                       polarity method
 * @param trunk          trunk build
 * @param lowerCord      equipment cords at the lower end (server, or lower switch)
 * @param upperCord      equipment cords at the upper end
 * @param jumpers        cross-connect jumpers (cross-connect only)
 * @param cassette       cassettes at both trunk ends, if any
 * @param panels         patch panel placement and size
 * @param lossClasses    loss class of each kind of mated pair
 * @param slackPerEndM   slack added at each end of every cable before rounding up to stock lengths, metres, [0, 50]
 * @param lowerPmdId     PMD override (catalog id) for the lower end; empty = the fabric tier's lower-end PMD (or this
 *                       plan's {@code pmdId} when the tier names none)
 * @param harnessId      breakout harness override (catalog id); empty = the fabric tier's
 * @param copperCableId  with architecture {@code copper}, the catalog copper cable (DAC, ACC or AEC) of every link;
 *                       empty otherwise
 */
public record TierCabling(
        Architecture architecture,
        Optional<String> pmdId,
        Optional<String> fibreTypeId,
        Optional<Polish> polish,
        Optional<PolarityMethod> polarityMethod,
        Optional<AdapterKeying> adapterType,
        TrunkChoice trunk,
        CordChoice lowerCord,
        CordChoice upperCord,
        JumperChoice jumpers,
        Optional<CassetteChoice> cassette,
        PanelChoice panels,
        LossClassChoice lossClasses,
        double slackPerEndM,
        Optional<String> lowerPmdId,
        Optional<String> harnessId,
        Optional<String> copperCableId) {

    /** Choices without end overrides (the plan keeps the fabric tier's lower-end PMD and harness). */
    public TierCabling(Architecture architecture, Optional<String> pmdId, Optional<String> fibreTypeId,
            Optional<Polish> polish, PolarityMethod polarityMethod, Optional<AdapterKeying> adapterType,
            TrunkChoice trunk, CordChoice lowerCord, CordChoice upperCord, JumperChoice jumpers,
            Optional<CassetteChoice> cassette, PanelChoice panels, LossClassChoice lossClasses, double slackPerEndM) {
        this(architecture, pmdId, fibreTypeId, polish, Optional.of(polarityMethod), adapterType, trunk, lowerCord,
                upperCord, jumpers, cassette, panels, lossClasses, slackPerEndM, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** A copy cabled with copper cables of one catalog type (architecture copper). */
    public TierCabling withCopper(String cableId) {
        return new TierCabling(Architecture.COPPER, pmdId, fibreTypeId, polish, polarityMethod, adapterType, trunk,
                lowerCord, upperCord, jumpers, cassette, panels, lossClasses, slackPerEndM, lowerPmdId, harnessId,
                Optional.of(cableId));
    }

    /** A copy with a lower-end PMD and a harness override. */
    public TierCabling withEnds(Optional<String> lowerPmd, Optional<String> harness) {
        return new TierCabling(architecture, pmdId, fibreTypeId, polish, polarityMethod, adapterType, trunk, lowerCord,
                upperCord, jumpers, cassette, panels, lossClasses, slackPerEndM, lowerPmd, harness, copperCableId);
    }

    /** Default slack per cable end, metres ([assume]: a service loop at each end). */
    public static final double DEFAULT_SLACK_PER_END_M = 1.0;

    public TierCabling {
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(pmdId, "pmdId");
        Objects.requireNonNull(fibreTypeId, "fibreTypeId");
        Objects.requireNonNull(polish, "polish");
        Objects.requireNonNull(polarityMethod, "polarityMethod");
        Objects.requireNonNull(adapterType, "adapterType");
        Objects.requireNonNull(trunk, "trunk");
        Objects.requireNonNull(lowerCord, "lowerCord");
        Objects.requireNonNull(upperCord, "upperCord");
        Objects.requireNonNull(jumpers, "jumpers");
        Objects.requireNonNull(cassette, "cassette");
        Objects.requireNonNull(panels, "panels");
        Objects.requireNonNull(lossClasses, "lossClasses");
        Objects.requireNonNull(lowerPmdId, "lowerPmdId");
        Objects.requireNonNull(harnessId, "harnessId");
        Objects.requireNonNull(copperCableId, "copperCableId");
        if ((architecture == Architecture.COPPER) != copperCableId.isPresent()) {
            throw new IllegalArgumentException("a copper cable is named exactly for the copper architecture");
        }
        if (!(slackPerEndM >= 0 && slackPerEndM <= 50)) {
            throw new IllegalArgumentException("slackPerEndM must be in [0, 50], was " + slackPerEndM);
        }
    }

    /** The cabling of a tier a plan does not list: interconnect, Method B, everything else by default. */
    public static TierCabling defaults() {
        return new TierCabling(Architecture.INTERCONNECT, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), TrunkChoice.defaults(), CordChoice.defaults(),
                CordChoice.defaults(), JumperChoice.defaults(), Optional.empty(), PanelChoice.defaults(),
                LossClassChoice.defaults(), DEFAULT_SLACK_PER_END_M, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** A copy with another architecture (an optical one drops the copper cable). */
    public TierCabling withArchitecture(Architecture value) {
        return new TierCabling(value, pmdId, fibreTypeId, polish, polarityMethod, adapterType, trunk, lowerCord,
                upperCord, jumpers, cassette, panels, lossClasses, slackPerEndM, lowerPmdId, harnessId,
                value == Architecture.COPPER ? copperCableId : Optional.empty());
    }

    /** A copy with a PMD override. */
    public TierCabling withPmd(String value) {
        return new TierCabling(architecture, Optional.of(value), fibreTypeId, polish, polarityMethod, adapterType,
                trunk, lowerCord, upperCord, jumpers, cassette, panels, lossClasses,
                slackPerEndM, lowerPmdId, harnessId, copperCableId);
    }

    /** A copy with another fibre type. */
    public TierCabling withFibre(String value) {
        return new TierCabling(architecture, pmdId, Optional.of(value), polish, polarityMethod, adapterType, trunk,
                lowerCord, upperCord, jumpers, cassette, panels, lossClasses,
                slackPerEndM, lowerPmdId, harnessId, copperCableId);
    }

    /** A copy with another polish. */
    public TierCabling withPolish(Polish value) {
        return new TierCabling(architecture, pmdId, fibreTypeId, Optional.of(value), polarityMethod, adapterType,
                trunk, lowerCord, upperCord, jumpers, cassette, panels, lossClasses,
                slackPerEndM, lowerPmdId, harnessId, copperCableId);
    }

    /** A copy with another polarity method. */
    public TierCabling withMethod(PolarityMethod value) {
        return new TierCabling(architecture, pmdId, fibreTypeId, polish, Optional.of(value), adapterType, trunk,
                lowerCord, upperCord, jumpers, cassette, panels, lossClasses,
                slackPerEndM, lowerPmdId, harnessId, copperCableId);
    }

    /** A copy with another adapter type. */
    public TierCabling withAdapterType(AdapterKeying value) {
        return new TierCabling(architecture, pmdId, fibreTypeId, polish, polarityMethod, Optional.of(value), trunk,
                lowerCord, upperCord, jumpers, cassette, panels, lossClasses,
                slackPerEndM, lowerPmdId, harnessId, copperCableId);
    }

    /** A copy with another trunk build. */
    public TierCabling withTrunk(TrunkChoice value) {
        return new TierCabling(architecture, pmdId, fibreTypeId, polish, polarityMethod, adapterType, value,
                lowerCord, upperCord, jumpers, cassette, panels, lossClasses,
                slackPerEndM, lowerPmdId, harnessId, copperCableId);
    }

    /** A copy with other cords. */
    public TierCabling withCords(CordChoice lower, CordChoice upper) {
        return new TierCabling(architecture, pmdId, fibreTypeId, polish, polarityMethod, adapterType, trunk, lower,
                upper, jumpers, cassette, panels, lossClasses,
                slackPerEndM, lowerPmdId, harnessId, copperCableId);
    }

    /** A copy with other jumpers. */
    public TierCabling withJumpers(JumperChoice value) {
        return new TierCabling(architecture, pmdId, fibreTypeId, polish, polarityMethod, adapterType, trunk,
                lowerCord, upperCord, value, cassette, panels, lossClasses,
                slackPerEndM, lowerPmdId, harnessId, copperCableId);
    }

    /** A copy with cassettes (or none). */
    public TierCabling withCassette(Optional<CassetteChoice> value) {
        return new TierCabling(architecture, pmdId, fibreTypeId, polish, polarityMethod, adapterType, trunk,
                lowerCord, upperCord, jumpers, value, panels, lossClasses,
                slackPerEndM, lowerPmdId, harnessId, copperCableId);
    }

    /** A copy with other loss classes. */
    public TierCabling withLossClasses(LossClassChoice value) {
        return new TierCabling(architecture, pmdId, fibreTypeId, polish, polarityMethod, adapterType, trunk,
                lowerCord, upperCord, jumpers, cassette, panels, value,
                slackPerEndM, lowerPmdId, harnessId, copperCableId);
    }

    /** A copy with other panels. */
    public TierCabling withPanels(PanelChoice value) {
        return new TierCabling(architecture, pmdId, fibreTypeId, polish, polarityMethod, adapterType, trunk,
                lowerCord, upperCord, jumpers, cassette, value, lossClasses,
                slackPerEndM, lowerPmdId, harnessId, copperCableId);
    }
}
