package org.cablesim.io;

import org.cablesim.scenario.InvalidInputException;
import org.cablesim.scenario.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems while a tree is walked so that all of them are reported together. In describe mode (see
 * {@link SchemaRecorder}) the readers record a schema instead, and the problems collected are meaningless.
 */
final class Problems {
    private final List<Problem> list = new ArrayList<>();
    private final SchemaRecorder recorder;

    Problems() {
        this(null);
    }

    private Problems(SchemaRecorder recorder) {
        this.recorder = recorder;
    }

    /** Problems of a describe run: readers given these record what they read into {@code recorder}. */
    static Problems describing(SchemaRecorder recorder) {
        return new Problems(recorder);
    }

    /** The schema recorder in describe mode, null when reading a real file. */
    SchemaRecorder recorder() {
        return recorder;
    }

    void add(String path, String message) {
        list.add(new Problem(path, message));
    }

    void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    List<Problem> list() {
        return List.copyOf(list);
    }

    void throwIfAny() throws InvalidInputException {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list);
        }
    }
}
