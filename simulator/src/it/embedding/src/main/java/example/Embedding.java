package example;

import java.nio.file.Path;
import org.cablesim.io.LoadedScenario;
import org.cablesim.io.ScenarioLoader;
import org.cablesim.study.PlanResult;
import org.cablesim.study.PreparedStudy;
import org.cablesim.study.Provenance;
import org.cablesim.study.StudyPreparation;
import org.cablesim.study.StudyResult;
import org.cablesim.study.StudyRunner;

public class Embedding {
    public static void main(String[] args) throws Exception {
        LoadedScenario loaded = ScenarioLoader.load(Path.of(args[0]));   // reads and validates the file
        PreparedStudy prepared = StudyPreparation.prepare(loaded.scenario(), loaded.sweepPoints()); // fabric
        Provenance provenance = new Provenance("embedded", loaded.scenarioSha256(), loaded.inputSha256(),
                org.cablesim.random.RandomStreams.ALGORITHM);
        StudyResult result = new StudyRunner(2)                          // threads; results do not depend on it
                .run(loaded.scenario(), prepared.fabric(), loaded.scenario().run().seed(), provenance);
        for (PlanResult plan : result.plans()) {
            System.out.printf("%s: %d links cabled, %d violations, BOM USD %.2f%n", plan.name(),
                    plan.plant().linksCabled(), plan.plant().violations(), plan.plant().costTotalUsd());
        }
        System.out.println("recommended: " + result.comparison().recommendation().plan()); // the study's decision
    }
}
