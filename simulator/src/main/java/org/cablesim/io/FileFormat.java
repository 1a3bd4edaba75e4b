package org.cablesim.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The two text formats cablesim reads; both parse to the same tree. */
enum FileFormat {
    YAML,
    JSON;

    /** The format named by a file's extension (.yaml, .yml, .json; any case), or empty. */
    static Optional<FileFormat> ofFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : ofName(name.substring(dot + 1));
    }

    /** The format named {@code yaml}, {@code yml} or {@code json} (any case), or empty. */
    static Optional<FileFormat> ofName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "yaml", "yml" -> Optional.of(YAML);
            case "json" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }
}
