package org.cablesim.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.cablesim.search.EngineProvider;
import org.cablesim.search.EvaluationEngine;

/**
 * Registers {@code --engine spark} with the command line (found through {@link java.util.ServiceLoader}): a Spark
 * context on the master spark-submit configured, with one partition per core the cluster offers.
 */
public final class SparkEngineProvider implements EngineProvider {
    @Override
    public String name() {
        return SparkEngine.NAME;
    }

    @Override
    public EvaluationEngine open() {
        SparkConf conf = new SparkConf().setAppName("cablesim");
        if (!conf.contains("spark.master")) {
            throw new IllegalArgumentException("--engine spark: no Spark master is configured; submit cablesim with"
                    + " spark-submit --master <url> (README, 'On a cluster')");
        }
        JavaSparkContext context = new JavaSparkContext(conf);
        return new SparkEngine(context, Math.max(1, context.defaultParallelism()), true);
    }
}
