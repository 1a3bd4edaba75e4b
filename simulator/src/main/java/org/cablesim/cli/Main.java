package org.cablesim.cli;

/** Entry point of the cablesim command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(0);
    }
}
