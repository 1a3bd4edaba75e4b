package org.cablesim.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies a zip archive (an .xlsx) with every entry's time fixed, so equal content gives equal bytes: the same
 * scenario and seed must give byte-identical results, and a zip writer stamps entries with the wall clock.
 */
final class DeterministicZip {
    /** The zip format's epoch, as a local (DOS) time so no time zone enters the bytes. */
    private static final java.time.LocalDateTime FIXED_TIME = java.time.LocalDateTime.of(1980, 1, 1, 0, 0);

    private DeterministicZip() {
    }

    static void rewrite(Path from, Path to) throws IOException {
        // ZipFile reads the central directory: a streaming writer's local headers may not carry the sizes.
        try (ZipFile in = new ZipFile(from.toFile()); OutputStream rawOut = Files.newOutputStream(to);
                ZipOutputStream out = new ZipOutputStream(rawOut)) {
            byte[] buffer = new byte[1 << 16];
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(FIXED_TIME);
                out.putNextEntry(copy);
                try (InputStream data = in.getInputStream(e)) {
                    int n;
                    while ((n = data.read(buffer)) > 0) {
                        out.write(buffer, 0, n);
                    }
                }
                out.closeEntry();
            }
        }
    }
}
