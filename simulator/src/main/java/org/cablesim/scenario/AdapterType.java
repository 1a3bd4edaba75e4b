package org.cablesim.scenario;

/** TIA-568.3 array adapter: Type-A (key-up/key-down, the only one APC plugs fit) or Type-B (key-up/key-up). */
public enum AdapterType {
    A,
    B
}
