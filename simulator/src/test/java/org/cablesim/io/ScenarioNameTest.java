package org.cablesim.io;

import org.cablesim.scenario.InvalidInputException;
import org.cablesim.scenario.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A scenario's name becomes a directory name, so names that cannot be one are rejected at {@code name}. */
class ScenarioNameTest {
    @TempDir
    Path temp;

    private Path scenarioNamed(String name) throws IOException {
        String text = Files.readString(Path.of("..", "scenarios", "quickstart.yaml"))
                .replace("name: quickstart", "name: '" + name + "'");
        return Files.writeString(temp.resolve("s.yaml"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "..", "...", "CON", "con", "NUL", "nul.txt", "COM1", "lpt9.yaml", "Aux", "trailing."})
    void unportableNamesAreRejectedAtName(String name) throws IOException {
        Path file = scenarioNamed(name);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScenarioLoader.load(file));
        assertEquals(List.of("name"), e.problems().stream().map(Problem::path).toList(), e.problems().toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {256, 1000})
    void namesLongerThan255BytesAreRejected(int length) throws IOException {
        Path file = scenarioNamed("a".repeat(length));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScenarioLoader.load(file));
        assertEquals("name", e.problems().get(0).path());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "console", "COM10", "my.study-2", ".hidden"})
    void portableNamesPass(String name) throws Exception {
        assertEquals(name, ScenarioLoader.load(scenarioNamed(name)).scenario().name());
    }

    @org.junit.jupiter.api.Test
    void aName255BytesLongPasses() throws Exception {
        String name = "x".repeat(FileNames.MAX_BYTES);
        assertEquals(name, ScenarioLoader.load(scenarioNamed(name)).scenario().name());
    }
}
