package org.cablesim.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import java.util.function.Consumer;

/**
 * The file a study's finished points stream into, one {@link PointCodec} line each, after a header line naming
 * the study (scenario hash, seed, plan kept, version, number of points). Each line is forced to the disk before the
 * next point is handed out, so a study killed at any moment loses at most the points then running; a resumed study
 * keeps every complete line whose header matches, drops a half-written last line, and runs only the rest.
 */
public final class PointJournal implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final BitSet done = new BitSet();

    private PointJournal(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * Opens the journal at {@code file}: with {@code resume} and a journal of the same {@code header} there, its
     * complete lines are kept; otherwise it is started afresh.
     *
     * @param header one line (no line end) naming the study
     */
    public static PointJournal open(Path file, String header, boolean resume) throws IOException {
        long keep = resume ? keptBytes(file, header) : -1;
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        PointJournal journal = new PointJournal(file, channel);
        if (keep < 0) {
            channel.truncate(0);
            journal.write(header);
        } else {
            channel.truncate(keep);
            channel.position(keep);
            journal.forEachLine(line -> journal.done.set(PointCodec.index(line)));
        }
        return journal;
    }

    /** How many bytes of {@code file} to keep for a resume: the header and every complete line; -1 for none. */
    private static long keptBytes(Path file, String header) throws IOException {
        if (!Files.isRegularFile(file)) {
            return -1;
        }
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.startsWith(header + "\n")) {
            return -1;
        }
        int lastEnd = text.lastIndexOf('\n');
        return text.substring(0, lastEnd + 1).getBytes(StandardCharsets.UTF_8).length;
    }

    /** Whether a resumable journal of {@code header} is at {@code file}. */
    public static boolean resumable(Path file, String header) throws IOException {
        return keptBytes(file, header) >= 0;
    }

    /** The journal's file. */
    public Path file() {
        return file;
    }

    /** Whether point {@code index} is finished. */
    public boolean done(int index) {
        return done.get(index);
    }

    /** How many points are finished. */
    public int doneCount() {
        return done.cardinality();
    }

    /** Appends a finished point's line and forces it to the disk. */
    public void append(String line) {
        try {
            write(line);
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the study journal " + file + ": " + e.getMessage(), e);
        }
        done.set(PointCodec.index(line));
    }

    private void write(String line) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Calls {@code action} with every point line, in file order, reading the file as it goes. */
    public void forEachLine(Consumer<String> action) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                action.accept(line);
            }
        }
    }

    /** Closes the file and deletes it (the study's results are written). */
    public void delete() throws IOException {
        close();
        Files.deleteIfExists(file);
    }

    @Override
    public void close() throws IOException {
        if (channel.isOpen()) {
            channel.close();
        }
    }
}
