package org.cablesim.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests of input files, for provenance. */
public final class Sha256 {
    private Sha256() {
    }

    /** Lower-case hex SHA-256 of the file's bytes. */
    public static String ofFile(Path file) throws IOException {
        return ofBytes(Files.readAllBytes(file));
    }

    /** Lower-case hex SHA-256 of {@code bytes}. */
    public static String ofBytes(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
