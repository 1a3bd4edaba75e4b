package org.cablesim.io;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a name can be a directory name on every common file system: a scenario's name becomes its default
 * output directory, so names that are not portable file names are input errors.
 */
final class FileNames {
    /** The longest file name Linux, macOS and Windows all accept, in UTF-8 bytes. */
    static final int MAX_BYTES = 255;
    /** Device names Windows reserves in any directory, also with an extension ({@code CON.txt}). */
    private static final Pattern WINDOWS_RESERVED =
            Pattern.compile("(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\\..*)?", Pattern.CASE_INSENSITIVE);

    private FileNames() {
    }

    /** Why {@code name} cannot be a portable file name, or empty when it can. */
    static Optional<String> problem(String name) {
        if (name.equals(".") || name.equals("..")) {
            return Optional.of("'" + name + "' names the current or parent directory, not a new one");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("at most " + MAX_BYTES + " bytes (it becomes a directory name), was "
                    + name.getBytes(StandardCharsets.UTF_8).length);
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0) {
            return Optional.of("must not contain '/', '\\' or NUL (it becomes a directory name)");
        }
        if (WINDOWS_RESERVED.matcher(name).matches()) {
            return Optional.of("'" + name + "' is a reserved device name on Windows ("
                    + name.split("\\.", 2)[0].toUpperCase(Locale.ROOT) + "); choose another name");
        }
        if (name.endsWith(".") || name.endsWith(" ")) {
            return Optional.of("must not end with '.' or a space (Windows drops them from directory names)");
        }
        return Optional.empty();
    }
}
