/** JMH benchmarks, each against a baseline measured in the same run. */
package fi.hyvinvointialue.forum.benchmarks;
