package org.cablesim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Where a run's results go, and the rule that makes them appear whole or not at all: files are written
 * into a hidden temporary sibling directory that is moved into place only when complete.
 */
final class OutputDirectory {
    private final Path target;
    private final boolean replaceExisting;

    private OutputDirectory(Path target, boolean replaceExisting) {
        this.target = target;
        this.replaceExisting = replaceExisting;
    }

    /**
     * Chooses the output directory. With {@code explicitOut} that directory is used; if it exists it is
     * replaced only with {@code force}. Otherwise {@code defaultParent/scenarioName} is used, or the next
     * free {@code scenarioName-2}, {@code -3}, ….
     *
     * @throws IllegalArgumentException with a user-facing message when the choice is refused
     */
    static OutputDirectory choose(Path explicitOut, boolean force, Path defaultParent, String scenarioName) {
        if (explicitOut != null) {
            Path out = explicitOut.toAbsolutePath().normalize();
            if (Files.exists(out) && !force) {
                throw new IllegalArgumentException("--out: '" + explicitOut
                        + "' already exists; choose another directory or add --force to replace it");
            }
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new IllegalArgumentException("--out: '" + explicitOut + "' exists and is not a directory");
            }
            return new OutputDirectory(out, force);
        }
        Path parent = defaultParent.toAbsolutePath().normalize();
        Path candidate = parent.resolve(scenarioName);
        for (int suffix = 2; Files.exists(candidate); suffix++) {
            candidate = parent.resolve(scenarioName + "-" + suffix);
        }
        return new OutputDirectory(candidate, false);
    }

    /** The directory the results will have once {@link #commit} succeeds. */
    Path target() {
        return target;
    }

    /** Creates the hidden temporary directory to write into, beside the target. */
    Path createStaging() throws IOException {
        Files.createDirectories(target.getParent());
        return Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".partial-");
    }

    /** Moves the complete staging directory into place (replacing the old target only when allowed). */
    void commit(Path staging) throws IOException {
        if (replaceExisting && Files.exists(target)) {
            Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        } else {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Removes a staging directory after a failure, so nothing half-written remains. */
    static void discard(Path staging) {
        if (staging != null && Files.exists(staging)) {
            try {
                deleteTree(staging);
            } catch (IOException | UncheckedIOException e) {
                // Best effort: the hidden directory name marks it as incomplete either way.
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
