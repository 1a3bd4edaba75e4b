package org.cablesim.catalog;

/** End-face polish of a connector: angled (APC), ultra (UPC) or flat physical contact (PC); APC mates only with APC. */
public enum Polish {
    APC,
    UPC,
    PC
}
