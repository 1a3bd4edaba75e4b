package org.cablesim.cli;

/** When {@code run} shows its progress on stderr ({@code --progress}). */
enum ProgressMode {
    /** Only when stderr is a terminal. */
    AUTO,
    /** Always, as plain lines when stderr is not a terminal. */
    ALWAYS,
    /** Never. */
    NEVER
}
