package org.cablesim.plant;

import java.util.Objects;
import org.cablesim.catalog.CassetteType;
import org.cablesim.polarity.ConversionModule;

/**
 * A fan-out or conversion cassette of a resolved channel, installed so that its ports facing the near transceiver
 * come first.
 *
 * @param type    the catalog cassette type
 * @param module  its fibre map and plugs, labelled with where it is
 * @param priceId price-book id, e.g. {@code cassette:mpo24-to-3xmpo8}; non-blank
 */
public record CassetteModule(CassetteType type, ConversionModule module, String priceId) implements ResolvedElement {
    public CassetteModule {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(module, "module");
        CableRun.requireText("priceId", priceId);
    }

    @Override
    public ElementKind kind() {
        return ElementKind.CASSETTE;
    }

    @Override
    public String label() {
        return module.label();
    }

    @Override
    public ConversionModule polarity() {
        return module;
    }
}
