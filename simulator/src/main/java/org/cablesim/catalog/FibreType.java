package org.cablesim.catalog;

import java.util.OptionalDouble;
import org.cablesim.stats.Checks;

/**
 * A fibre type with the cabled attenuation at its reference wavelength and the size that governs mating loss
 * (mode-field diameter for single-mode, core diameter for multimode).
 *
 * @param id                   catalog id, e.g. {@code OS2}
 * @param kind                 single-mode or multimode
 * @param attenuationDbPerKm   cabled attenuation at {@code wavelengthNm}, dB/km, ≥ 0
 * @param wavelengthNm         reference wavelength, nm, 600..1700
 * @param modeFieldDiameterUm  mode-field diameter, µm, &gt; 0; present exactly when kind is SMF
 * @param coreDiameterUm       core diameter, µm, &gt; 0; present exactly when kind is MMF
 * @param source               provenance note; non-blank
 */
public record FibreType(
        String id,
        FibreKind kind,
        double attenuationDbPerKm,
        double wavelengthNm,
        OptionalDouble modeFieldDiameterUm,
        OptionalDouble coreDiameterUm,
        String source) {

    public FibreType {
        Sources.requireId("fibre type", id);
        if (kind == null) {
            throw new IllegalArgumentException("kind must be set");
        }
        if (!(Checks.finite("attenuationDbPerKm", attenuationDbPerKm) >= 0)) {
            throw new IllegalArgumentException("attenuationDbPerKm must be >= 0, was " + attenuationDbPerKm);
        }
        if (!(wavelengthNm >= 600 && wavelengthNm <= 1700)) {
            throw new IllegalArgumentException("wavelengthNm must be in 600..1700, was " + wavelengthNm);
        }
        modeFieldDiameterUm = modeFieldDiameterUm == null ? OptionalDouble.empty() : modeFieldDiameterUm;
        coreDiameterUm = coreDiameterUm == null ? OptionalDouble.empty() : coreDiameterUm;
        if (modeFieldDiameterUm.isPresent() != (kind == FibreKind.SMF)) {
            throw new IllegalArgumentException("modeFieldDiameterUm is given for single-mode fibre and only there");
        }
        if (coreDiameterUm.isPresent() != (kind == FibreKind.MMF)) {
            throw new IllegalArgumentException("coreDiameterUm is given for multimode fibre and only there");
        }
        OptionalDouble size = kind == FibreKind.SMF ? modeFieldDiameterUm : coreDiameterUm;
        if (!(size.getAsDouble() > 0) || Double.isInfinite(size.getAsDouble())) {
            throw new IllegalArgumentException("fibre diameter must be > 0, was " + size.getAsDouble());
        }
        source = Sources.requireSource("fibre type", id, source);
    }
}
