package org.cablesim.arch;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Enforces DESIGN.md's one-direction data flow between packages. */
class PackageArrowsTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cablesim");
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("org.cablesim.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void kernelIsDomainFree() {
        noClasses().that().resideInAPackage("org.cablesim.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.cablesim.scenario..", "org.cablesim.catalog..", "org.cablesim.topology..",
                        "org.cablesim.plant..", "org.cablesim.optics..", "org.cablesim.montecarlo..",
                        "org.cablesim.lifecycle..", "org.cablesim.study..", "org.cablesim.io..",
                        "org.cablesim.report..", "org.cablesim.cli..")
                .check(classes);
    }

    @Test
    void domainNeverSeesJacksonOrTheEdges() {
        noClasses().that().resideInAnyPackage(
                        "org.cablesim.scenario..", "org.cablesim.catalog..", "org.cablesim.topology..",
                        "org.cablesim.plant..", "org.cablesim.polarity..", "org.cablesim.optics..",
                        "org.cablesim.montecarlo..", "org.cablesim.lifecycle..", "org.cablesim.kernel..",
                        "org.cablesim.random..", "org.cablesim.study..", "org.cablesim.stats..",
                        "org.cablesim.certification")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.fasterxml.jackson..", "org.cablesim.io..", "org.cablesim.report..",
                        "org.cablesim.cli..", "picocli..", "org.cablesim.netbox..", "org.cablesim.fabricexport..",
                        "org.cablesim.certificationfiles..")
                .check(classes);
    }

    @Test
    void earlierStagesDoNotKnowLaterOnes() {
        noClasses().that().resideInAnyPackage("org.cablesim.topology..", "org.cablesim.catalog..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.cablesim.plant..", "org.cablesim.optics..", "org.cablesim.montecarlo..",
                        "org.cablesim.lifecycle..", "org.cablesim.study..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.cablesim.plant..", "org.cablesim.polarity..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.cablesim.montecarlo..", "org.cablesim.lifecycle..", "org.cablesim.study..")
                .check(classes);
    }

    /** The interoperability edges read the plant and results; no stage, and no other edge but cli, reads them. */
    @Test
    void interoperabilityEdgesAreLeaves() {
        noClasses().that().resideOutsideOfPackages("org.cablesim.cli..", "org.cablesim.netbox..")
                .should().dependOnClassesThat().resideInAPackage("org.cablesim.netbox..").check(classes);
        noClasses().that().resideOutsideOfPackages("org.cablesim.cli..", "org.cablesim.fabricexport..")
                .should().dependOnClassesThat().resideInAPackage("org.cablesim.fabricexport..").check(classes);
        noClasses().that().resideOutsideOfPackages("org.cablesim.cli..", "org.cablesim.certificationfiles..")
                .should().dependOnClassesThat().resideInAPackage("org.cablesim.certificationfiles..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.cablesim.plant..", "org.cablesim.optics..",
                        "org.cablesim.montecarlo..", "org.cablesim.study..", "org.cablesim.lifecycle..")
                .should().dependOnClassesThat().resideInAPackage("org.cablesim.certification..").check(classes);
    }

    @Test
    void statsIsTheLowestLayer() {
        noClasses().that().resideInAPackage("org.cablesim.stats..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.cablesim.stats..", "java..",
                        "org.apache.commons.rng..", "org.apache.commons.statistics..", "org.apache.commons.math3..",
                        "org.apache.commons.numbers..")
                .check(classes);
    }
}
