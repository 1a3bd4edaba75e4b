package org.cablesim.io;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while a tree is walked so that all of them are reported together. */
final class Problems {
    private final List<Problem> list = new ArrayList<>();

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
