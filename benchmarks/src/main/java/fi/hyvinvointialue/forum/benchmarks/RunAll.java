package fi.hyvinvointialue.forum.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark with settings that fit the whole suite in under fifteen minutes, then prints
 * each median with its error and its ratio to the baseline measured in the same run.
 *
 * <p>Usage: {@code RunAll [--smoke] [result.json] [benchmark regex ...]}; {@code --smoke} runs each
 * benchmark for a single short iteration, to see that everything runs, not how fast.
 */
public final class RunAll {
  /** Each measured method and the baseline it is compared with, by simple name. */
  static final Map<String, String> BASELINES = Map.of(
      "policyCheck", "handWrittenCheck");

  /** Parameters that set a workload's size, whose cost must grow linearly with it. */
  static final List<String> SIZE_PARAMETERS = List.of("countyYears", "events");

  private RunAll() {}

  public static void main(String[] args) throws RunnerException {
    boolean smoke = false;
    String resultFile = "benchmarks/target/jmh-result.json";
    List<String> includes = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--smoke")) {
        smoke = true;
      } else if (arg.endsWith(".json")) {
        resultFile = arg;
      } else {
        includes.add(arg);
      }
    }
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .forks(1)
            .shouldFailOnError(true)
            .resultFormat(ResultFormatType.JSON)
            .result(resultFile);
    if (includes.isEmpty()) {
      options.include(RunAll.class.getPackageName() + ".*");
    }
    includes.forEach(options::include);
    if (smoke) {
      options.warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(200));
    } else {
      options.warmupIterations(3).warmupTime(TimeValue.seconds(1))
          .measurementIterations(5).measurementTime(TimeValue.seconds(1));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    System.out.println();
    System.out.println(summary(results));
  }

  /**
   * One line per benchmark and parameters: median, error (99.9 %), the ratio to its baseline and,
   * for a size parameter, the ratio to the same benchmark at a tenth of the size (10 when linear).
   */
  static String summary(Collection<RunResult> results) {
    Map<String, RunResult> byKey = new LinkedHashMap<>();
    results.forEach(result -> byKey.put(key(result, method(result)), result));
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-60s %14s %12s %-8s %-28s %s%n",
        "benchmark (params)", "median", "± error", "unit", "vs baseline", "per tenfold step"));
    for (Map.Entry<String, RunResult> entry : byKey.entrySet()) {
      RunResult result = entry.getValue();
      Result<?> primary = result.getPrimaryResult();
      double median = primary.getStatistics().getPercentile(50);
      String ratio =
          Optional.ofNullable(BASELINES.get(method(result)))
              .map(baseline -> byKey.get(key(result, baseline)))
              .map(baseline -> String.format(Locale.ROOT, "%.2f× %s", median
                  / baseline.getPrimaryResult().getStatistics().getPercentile(50), method(baseline)))
              .orElse("");
      out.append(String.format(Locale.ROOT, "%-60s %14.3f %12.3f %-8s %-28s %s%n",
          entry.getKey(), median, primary.getScoreError(), primary.getScoreUnit(), ratio,
          tenfoldStep(result, byKey)));
    }
    return out.toString();
  }

  private static String tenfoldStep(RunResult result, Map<String, RunResult> byKey) {
    for (String size : SIZE_PARAMETERS) {
      String value = result.getParams().getParam(size);
      if (value != null && Integer.parseInt(value) >= 10) {
        String smaller = key(result, method(result))
            .replace(size + "=" + value, size + "=" + Integer.parseInt(value) / 10);
        return Optional.ofNullable(byKey.get(smaller))
            .map(tenth -> String.format(Locale.ROOT, "×%.2f", result.getPrimaryResult().getStatistics().getPercentile(50)
                / tenth.getPrimaryResult().getStatistics().getPercentile(50)))
            .orElse("");
      }
    }
    return "";
  }

  private static String method(RunResult result) {
    String benchmark = result.getParams().getBenchmark();
    return benchmark.substring(benchmark.lastIndexOf('.') + 1);
  }

  private static String key(RunResult result, String method) {
    String benchmark = result.getParams().getBenchmark();
    String className = benchmark.substring(0, benchmark.lastIndexOf('.'));
    String params =
        result.getParams().getParamsKeys().stream()
            .map(name -> name + "=" + result.getParams().getParam(name))
            .reduce((first, second) -> first + "," + second)
            .map(joined -> " (" + joined + ")")
            .orElse("");
    return className.substring(className.lastIndexOf('.') + 1) + "." + method + params;
  }
}
