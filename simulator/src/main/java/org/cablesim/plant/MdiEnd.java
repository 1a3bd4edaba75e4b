package org.cablesim.plant;

import java.util.Objects;
import org.cablesim.catalog.Pmd;
import org.cablesim.polarity.ConnectorEnd;
import org.cablesim.polarity.TransceiverPort;

/**
 * One end of a resolved channel: a transceiver MDI, the plug mated into it, and that mating's optical facts.
 *
 * @param deviceId the device holding the transceiver, e.g. {@code su01-srv001}; non-blank
 * @param pmd      the PMD of the transceiver at this end
 * @param port     the MDI's lane assignment and receptacle; its label is {@code device:port}, with {@code /k} for
 *                 the k-th MDI of a multi-MDI module
 * @param plug     the cord (or assembly) plug mated into the MDI
 * @param optics   loss class, loss model and reflectance of the MDI mating
 */
public record MdiEnd(String deviceId, Pmd pmd, TransceiverPort port, ConnectorEnd plug, MatingOptics optics) {
    public MdiEnd {
        CableRun.requireText("deviceId", deviceId);
        Objects.requireNonNull(pmd, "pmd");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(plug, "plug");
        Objects.requireNonNull(optics, "optics");
    }

    /** The MDI's name, {@code device:port} (with {@code /k} on multi-MDI modules). */
    public String label() {
        return port.label();
    }
}
