package org.cablesim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Removes a staging directory when its run ends without committing: on failure, and through a JVM shutdown hook
 * when the run is killed (SIGTERM, SIGINT / Ctrl-C), so nothing half-written stays behind.
 */
final class StagingCleanup implements AutoCloseable {
    private final Path staging;
    private final Thread hook;
    private boolean committed;

    private StagingCleanup(Path staging) {
        this.staging = staging;
        this.hook = new Thread(() -> deleteQuietly(staging), "cablesim-staging-cleanup");
    }

    /** Guards {@code staging} until {@link #committed()} is called or the guard is closed. */
    static StagingCleanup guard(Path staging) {
        StagingCleanup cleanup = new StagingCleanup(staging);
        Runtime.getRuntime().addShutdownHook(cleanup.hook);
        return cleanup;
    }

    /** The guarded staging directory. */
    Path path() {
        return staging;
    }

    /** Drops the guard without removing anything (the path belongs to someone else). */
    void forget() {
        committed();
        close();
    }

    /** The staging directory has been moved into place: nothing to remove. */
    void committed() {
        committed = true;
    }

    /** Removes the shutdown hook and, unless committed, the staging directory. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down; the hook does the removal.
            return;
        }
        if (!committed) {
            deleteQuietly(staging);
        }
    }

    /** Best-effort removal; retried because a worker may still be writing into the directory. */
    static void deleteQuietly(Path root) {
        for (int attempt = 0; attempt < 20 && Files.exists(root); attempt++) {
            try {
                deleteTree(root);
            } catch (IOException | UncheckedIOException e) {
                Thread.onSpinWait();
            }
        }
    }

    /** Deletes a directory tree without following symbolic links. */
    static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
