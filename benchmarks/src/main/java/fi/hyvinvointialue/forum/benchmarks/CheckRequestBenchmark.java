package fi.hyvinvointialue.forum.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.PlanFiles;
import fi.hyvinvointialue.forum.rules.YearReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The in-process floor of the HTTP API's {@code POST /api/v1/check}: what its handler does with the body,
 * minus HTTP (read the plan with the codec, check it, write the JSON report in Finnish), for the bytes
 * {@code run-api.sh}'s wrk sends: the Keski-Suomi 2026 plan as JSON. Sampled, so that its p50 and p99 stand
 * beside wrk's; {@link #main} prints those bytes for wrk. Its share of reading: the same read alone, through
 * the JSON reader as the server reads a JSON body, and through the YAML reader it used before.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class CheckRequestBenchmark {
  /** examples/plans/keski-suomi-2026.yaml, which the benchmarks jar carries. */
  static final String PLAN_RESOURCE = "keski-suomi-2026.yaml";
  /** A fixed "now" late in the year, as the server checks at the time of the run (November 2026). */
  static final Instant NOW = HelsinkiTime.instant(LocalDateTime.of(2026, 11, 29, 12, 0));
  /** The server's language when the request names none. */
  static final Locale FINNISH = Locale.forLanguageTag("fi");

  PlanFiles files;
  byte[] body;

  @Setup
  public void setUp() throws IOException {
    files = new PlanFiles();
    body = requestBody(files);
  }

  /** The report's bytes, as the server sends them. */
  @Benchmark
  public byte[] check() {
    Plan plan = readAsTheServerDoes();
    return files.reportJson("request", plan, YearReport.of(plan.year(), plan.profile(), NOW), FINNISH).getBytes(UTF_8);
  }

  /** A JSON body, read by the JSON reader as the server reads one sent as {@code application/json}. */
  @Benchmark
  public Plan readAsTheServerDoes() {
    return files.read("body", new ByteArrayInputStream(body), PlanFiles.Syntax.JSON);
  }

  /** The same bytes through the YAML reader, as the server read every body before. */
  @Benchmark
  public Plan readWithTheYamlReader() {
    return files.readYaml("body", new ByteArrayInputStream(body));
  }

  /** The Keski-Suomi 2026 plan as the JSON a client sends. */
  static byte[] requestBody(PlanFiles files) {
    try (InputStream in = CheckRequestBenchmark.class.getResourceAsStream(PLAN_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(PLAN_RESOURCE + " is not on the class path beside " + CheckRequestBenchmark.class.getName());
      }
      return files.toJson(files.readYaml(PLAN_RESOURCE, in)).getBytes(UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** Writes the request body to standard output, for {@code run-api.sh}. */
  public static void main(String[] args) throws IOException {
    System.out.write(requestBody(new PlanFiles()));
    System.out.flush();
  }
}
