package fi.hyvinvointialue.forum.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.PlanFiles;
import fi.hyvinvointialue.forum.rules.YearReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Runs the check's floor once: it reads the Keski-Suomi plan sent as JSON and reports on it as the API does. */
class CheckRequestBenchmarkTest {
  @Test
  void reportsOnTheKeskiSuomiPlanSentAsJson() throws IOException {
    CheckRequestBenchmark benchmark = new CheckRequestBenchmark();
    benchmark.setUp();
    JsonNode request = new ObjectMapper().readTree(benchmark.body);
    Plan plan = new PlanFiles().readYaml("body", new ByteArrayInputStream(benchmark.body));
    YearReport report = YearReport.of(plan.year(), plan.profile(), CheckRequestBenchmark.NOW);

    String reported = new String(benchmark.check(), UTF_8);

    assertEquals("keski-suomi", request.path("countyId").asText());
    assertEquals(new PlanFiles().reportJson("request", plan, report, CheckRequestBenchmark.FINNISH), reported);
    assertEquals(plan, benchmark.readAsTheServerDoes());
    assertEquals(plan, benchmark.readWithTheYamlReader());
  }
}
