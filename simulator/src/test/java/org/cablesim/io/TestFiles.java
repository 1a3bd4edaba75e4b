package org.cablesim.io;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Locates test resources as files (catalog files are resolved against a scenario's directory). */
final class TestFiles {
    private TestFiles() {
    }

    static Path scenario(String relative) {
        URL url = TestFiles.class.getResource("/scenarios/" + relative);
        if (url == null) {
            throw new IllegalArgumentException("no test resource scenarios/" + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
