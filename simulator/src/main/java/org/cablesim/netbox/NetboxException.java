package org.cablesim.netbox;

/** A NetBox request that failed or answered what cablesim cannot use: the method, path and NetBox's answer. */
public final class NetboxException extends Exception {
    private static final long serialVersionUID = 1L;

    public NetboxException(String message) {
        super(message);
    }
}
