package org.cablesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cablesim.catalog.CableBuild;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.ConnectorType;
import org.cablesim.catalog.FibreType;
import org.cablesim.catalog.LossClass;
import org.cablesim.catalog.Pmd;
import org.cablesim.catalog.PriceEntry;
import org.cablesim.io.CatalogReader;
import org.cablesim.io.CatalogWriter;
import org.cablesim.scenario.InvalidInputException;
import org.cablesim.scenario.Problem;
import org.cablesim.report.TextTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cablesim catalog}: lists the built-in catalog, optionally with a user catalog file layered on top. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "List the catalog: PMDs, connectors, fibres, loss classes and prices.")
final class CatalogCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--file", paramLabel = "CATALOG", description = "user catalog file layered on the built-in one")
    Path file;

    @Option(names = "--yaml", description = "print the whole effective catalog as YAML (a valid catalog file)")
    boolean yaml;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Catalog catalog = CatalogReader.builtIn();
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                err.println("error: --file: '" + file + "' does not exist or is not a regular file");
                return ExitCodes.BAD_INPUT;
            }
            try {
                catalog = CatalogReader.read(file);
            } catch (InvalidInputException e) {
                err.println("error: " + file + " has " + e.problems().size() + " problem(s):");
                for (Problem problem : e.problems()) {
                    err.println("  " + problem);
                }
                return ExitCodes.BAD_INPUT;
            } catch (IOException e) {
                err.println("error: --file: '" + file + "' cannot be read: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }
        if (yaml) {
            out.print(CatalogWriter.toYaml(catalog));
            return ExitCodes.OK;
        }
        printTables(catalog, out);
        return ExitCodes.OK;
    }

    private static void printTables(Catalog catalog, PrintWriter out) {
        TextTable pmds = new TextTable("PMD", "lanes", "lit fibres", "Tx", "Rx", "fibre", "reach m", "budget dB",
                "MDI");
        for (Pmd pmd : catalog.pmds().values()) {
            pmds.row(pmd.id(), Integer.toString(pmd.lanes()), Integer.toString(pmd.litFibres()),
                    ranges(pmd.txPositions()), ranges(pmd.rxPositions()), String.join("/", pmd.allowedFibreTypes()),
                    number(pmd.reachM()), number(pmd.channelBudgetDb()),
                    (pmd.mdiConnectorCount() > 1 ? pmd.mdiConnectorCount() + "×" : "") + pmd.mdiConnectorId() + " "
                            + pmd.mdiPolish());
        }
        out.println("PMDs");
        out.println(pmds.render());

        TextTable connectors = new TextTable("connector", "fibres", "rows", "key", "polish", "gender");
        for (ConnectorType connector : catalog.connectors().values()) {
            connectors.row(connector.id(), Integer.toString(connector.fibreCount()), Integer.toString(connector.rows()),
                    connector.keyStyle().toString(), join(connector.polishOptions()), join(connector.genderOptions()));
        }
        out.println("Connector types");
        out.println(connectors.render());

        TextTable fibres = new TextTable("fibre", "kind", "dB/km", "nm");
        for (FibreType fibre : catalog.fibres().values()) {
            fibres.row(fibre.id(), fibre.kind().toString(), number(fibre.attenuationDbPerKm()),
                    number(fibre.wavelengthNm()));
        }
        out.println("Fibre types");
        out.println(fibres.render());

        TextTable losses = new TextTable("loss class", "mean dB", "max dB", "at pct", "family");
        for (LossClass loss : catalog.lossClasses().values()) {
            losses.row(loss.id(), number(loss.meanDb()), number(loss.maxDb()), number(loss.maxPercentile()),
                    loss.family().id());
        }
        out.println("Connector loss classes");
        out.println(losses.render());

        TextTable builds = new TextTable("cable build", "kind", "fibres", "OD mm", "bend radius mm", "kg/km");
        for (CableBuild b : catalog.cableBuilds().asMap().values()) {
            builds.row(b.id(), b.kind().toString().toLowerCase(Locale.ROOT), Integer.toString(b.fibres()),
                    number(b.odMm()), number(b.bendRadiusMm()), number(b.weightKgPerKm()));
        }
        out.println("Cable builds (pathway fill)");
        out.println(builds.render());

        TextTable prices = new TextTable("price", "unit", "USD");
        for (PriceEntry price : catalog.prices().values()) {
            prices.row(price.id(), price.unit().toString().toLowerCase(Locale.ROOT), number(price.priceUsd()));
        }
        out.println("Price book");
        out.print(prices.render());
    }

    private static String join(java.util.List<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining("/"));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.3g", value);
    }

    /** Positions as compact ranges, e.g. [1,2,3,4,9] → "1-4,9". */
    private static String ranges(java.util.List<Integer> positions) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < positions.size()) {
            int start = positions.get(i);
            int end = start;
            while (i + 1 < positions.size() && positions.get(i + 1) == end + 1) {
                end = positions.get(++i);
            }
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(start == end ? Integer.toString(start) : start + "-" + end);
            i++;
        }
        return text.toString();
    }
}
