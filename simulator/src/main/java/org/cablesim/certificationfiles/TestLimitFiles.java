package org.cablesim.certificationfiles;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cablesim.certification.TestLimit;
import org.cablesim.certification.TestLimits;
import org.cablesim.report.Csv;
import org.cablesim.report.TreeFiles;

/**
 * Writes {@code test-limits.csv} and {@code test-limits.json} (one entry per lit fibre of every routed channel;
 * columns in the README's output contract). Streamed: a 100k-GPU plan has millions of fibres.
 */
public final class TestLimitFiles {
    public static final String CSV = "test-limits.csv";
    public static final String JSON = "test-limits.json";
    static final String[] COLUMNS = {"link", "mdi", "tier", "pmd", "near_end", "far_end", "cables", "lane",
        "direction", "launch_end", "launch_fibre", "receive_end", "expected_fibre", "length_m", "fibre_type",
        "wavelength_nm", "mated_pairs", "splices", "application_limit_db", "component_limit_db", "expected_p50_db",
        "expected_p99_db", "expectation_method"};

    private TestLimitFiles() {
    }

    /** Writes both files of {@code limits} into the existing directory {@code dir}. */
    public static void write(TestLimits limits, Path dir) throws IOException {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(dir.resolve(CSV), StandardCharsets.UTF_8), 1 << 16);
                JsonGenerator json = TreeFiles.json().getFactory().createGenerator(dir.resolve(JSON).toFile(),
                        JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
            Csv csv = new Csv(w);
            csv.row((Object[]) COLUMNS);
            json.writeStartObject();
            json.writeNumberField("schemaVersion", 1);
            json.writeArrayFieldStart("fibres");
            limits.forEach(t -> {
                try {
                    Object[] cells = cells(t);
                    csv.row(cells);
                    json.writeStartObject();
                    for (int i = 0; i < COLUMNS.length; i++) {
                        json.writeFieldName(COLUMNS[i]);
                        if (cells[i] == null) {
                            json.writeNull();
                        } else if (cells[i] instanceof Double d) {
                            json.writeNumber(d);
                        } else if (cells[i] instanceof Integer n) {
                            json.writeNumber(n);
                        } else {
                            json.writeString(cells[i].toString());
                        }
                    }
                    json.writeEndObject();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            json.writeEndArray();
            json.writeEndObject();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** One fibre's cells in column order; limits and expectations to 0.1 mdB, empty when not defined. */
    static Object[] cells(TestLimit t) {
        return new Object[] {t.linkId(), t.mdi(), t.tier(), t.pmd(), t.nearEnd(), t.farEnd(), t.cables(), t.lane(),
            t.nearToFar() ? "near-to-far" : "far-to-near", t.launchEnd(), t.launchFibre(), t.receiveEnd(),
            t.expectedFibre(), t.lengthM(), t.fibreType(), t.wavelengthNm(), t.matedPairs(), t.splices(),
            db(t.applicationLimitDb()), db(t.componentLimitDb()), db(t.expectedP50Db()), db(t.expectedP99Db()),
            t.method()};
    }

    private static Double db(double v) {
        return Double.isFinite(v) ? Math.round(v * 1e4) / 1e4 : null;
    }
}
