/**
 * The Apache Spark engine of cablesim: study points and search evaluations run as Spark tasks, their results
 * reduced on the driver in task order, so a study gives the same bytes on Spark as on the local engine.
 */
package org.cablesim.spark;
