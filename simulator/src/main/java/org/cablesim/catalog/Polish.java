package org.cablesim.catalog;

/** End-face polish of a connector: angled (APC), ultra (UPC) or plain physical contact (PC); APC never mates with UPC or PC. */
public enum Polish {
    APC,
    UPC,
    PC
}
