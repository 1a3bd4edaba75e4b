package org.cablesim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** cablesim's version and git commit, read from the build-filtered {@code version.properties}. */
public final class Version implements CommandLine.IVersionProvider {
    /** The version string, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        return property("version");
    }

    /** The abbreviated git commit the build was made from, or {@code unknown} (e.g. built from a source tarball). */
    public static String commit() {
        return property("commit");
    }

    private static String property(String key) {
        try (InputStream in = Version.class.getResourceAsStream("/org/cablesim/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String value = properties.getProperty(key, "unknown");
            // An unfiltered placeholder (running from an IDE without the Maven build) counts as unknown.
            return value.isBlank() || value.startsWith("${") ? "unknown" : value;
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"cablesim " + current() + " (commit " + commit() + ")",
            "Java " + Runtime.version() + ", " + System.getProperty("java.vm.name", "unknown VM")};
    }
}
