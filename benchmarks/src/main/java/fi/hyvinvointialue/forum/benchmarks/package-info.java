/**
 * JMH benchmarks, each against a baseline measured in the same run, and the small programs the benchmark
 * scripts run beside them (an embedded PostgreSQL, a writer over the HTTP API).
 */
package fi.hyvinvointialue.forum.benchmarks;
