package org.cablesim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import org.cablesim.montecarlo.ClassLossResult;
import org.cablesim.stats.Interval;
import org.cablesim.montecarlo.LossSummary;
import org.cablesim.montecarlo.MarginMixture;
import org.cablesim.study.LossDifference;
import org.cablesim.study.PlanLoss;

/**
 * Writes the installation-loss parts of summary.json: {@code plans[].loss} and {@code comparison.differences[]}
 * (fields in the README's output contract). Probabilities and counts keep 6 significant digits, margins 4
 * decimals (their resolution is 0.001 dB); a value that is not finite is written as null.
 */
final class LossJson {
    /** Worst link groups listed under {@code worstLinks}. */
    static final int WORST_LINKS = 10;

    private LossJson() {
    }

    /** Adds {@code loss} to a plan's node. */
    static void writePlan(ObjectNode planNode, PlanLoss loss) {
        ObjectNode n = planNode.putObject("loss");
        n.put("method", loss.method());
        n.put("requestedMethod", loss.requestedMethod());
        n.put("trials", loss.trialsSpent());
        n.put("plainTrials", loss.plainTrials());
        n.put("links", loss.linksEstimated());
        n.put("classes", loss.classes().size());
        ObjectNode byMethod = n.putObject("classesByMethod");
        loss.classesByMethod().forEach(byMethod::put);
        LossSummary plan = loss.summary().plan();
        interval(n.putObject("linkFailureProbability"), plan.meanLinkFailureProbability(), plan.linkFailureProbability());
        n.put("expectedFailingLinks", significant(plan.expectedFailingLinks()));
        n.put("probabilityAnyLinkFails", significant(plan.probabilityAtLeastOne()));
        ObjectNode margin = n.putObject("marginDb");
        margin.put("p1", margin(loss.marginP1Db()));
        margin.put("p5", margin(loss.marginP5Db()));
        margin.put("p50", margin(loss.marginP50Db()));
        ObjectNode byTier = n.putObject("byTier");
        for (Map.Entry<String, LossSummary> e : loss.summary().byTier().entrySet()) {
            ObjectNode t = byTier.putObject(e.getKey());
            LossSummary s = e.getValue();
            t.put("links", s.links());
            interval(t.putObject("linkFailureProbability"), s.meanLinkFailureProbability(), s.linkFailureProbability());
            t.put("expectedFailingLinks", significant(s.expectedFailingLinks()));
            t.put("probabilityAnyLinkFails", significant(s.probabilityAtLeastOne()));
        }
        ArrayNode cdf = n.putArray("marginCdf");
        for (MarginMixture.Point p : loss.marginCdf()) {
            ObjectNode point = cdf.addObject();
            point.put("marginDb", margin(p.marginDb()));
            point.put("fraction", significant(p.fraction()));
        }
        ArrayNode worst = n.putArray("worstLinks");
        for (ClassLossResult r : loss.worstLinks(WORST_LINKS)) {
            ObjectNode w = worst.addObject();
            w.put("classes", r.classId());
            w.put("tier", r.tier());
            w.put("links", r.memberCount());
            w.put("exampleLink", loss.exampleLinkOf(r.classId()));
            w.put("pFail", significant(r.failProbability()));
            w.put("ci95Low", significant(r.ci95().low()));
            w.put("ci95High", significant(r.ci95().high()));
            w.put("expectedFailingLinks", significant(r.expectedFailingLinks()));
            w.put("method", r.method());
            w.put("marginP1Db", margin(r.marginP1Db()));
        }
        n.put("linksFailingByDesign", loss.failingByDesign());
        ObjectNode skipped = n.putObject("notEstimated");
        loss.skipped().forEach(skipped::put);
    }

    /** Adds {@code comparison.baseline} and {@code comparison.differences} when there are differences. */
    static void writeComparison(ObjectNode root, List<LossDifference> differences) {
        if (differences.isEmpty()) {
            return;
        }
        ObjectNode comparison = root.putObject("comparison");
        comparison.put("baseline", differences.get(0).baseline());
        ArrayNode list = comparison.putArray("differences");
        for (LossDifference d : differences) {
            ObjectNode n = list.addObject();
            n.put("plan", d.plan());
            n.put("metric", d.metric());
            n.put("difference", significant(d.difference()));
            n.put("ci95Low", significant(d.ci95().low()));
            n.put("ci95High", significant(d.ci95().high()));
        }
    }

    private static void interval(ObjectNode n, double mean, Interval ci) {
        n.put("mean", significant(mean));
        n.put("ci95Low", significant(ci.low()));
        n.put("ci95High", significant(ci.high()));
    }

    /** The value to 6 significant digits, or null when not finite. */
    static Double significant(double v) {
        if (!Double.isFinite(v)) {
            return null;
        }
        return v == 0 ? 0.0 : new BigDecimal(v).round(new MathContext(6)).doubleValue();
    }

    private static Double margin(double v) {
        return Double.isFinite(v) ? Math.round(v * 1e4) / 1e4 : null;
    }
}
