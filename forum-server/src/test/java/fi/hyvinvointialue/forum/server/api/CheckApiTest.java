package fi.hyvinvointialue.forum.server.api;

import static fi.hyvinvointialue.forum.server.api.ApiFixture.text;
import static fi.hyvinvointialue.forum.server.api.OpenApiContract.assertConforms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.memory.InMemoryApiTokens;
import fi.hyvinvointialue.forum.domain.memory.InMemoryForumYears;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import fi.hyvinvointialue.forum.json.Plan;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CheckApiTest {
  private static final String CHECK = "/api/v1/check";
  /** One forum where the policy asks for four: findings to report. */
  private static final ForumYear THIN = ImmutableForumYear.copyOf(SampleYears.keskiSuomi(2026))
      .withEvents(SampleYears.keskiSuomi(2026).events().subList(0, 1));

  private final ApiFixture api = new ApiFixture(new InMemoryForumYears(), new InMemoryApiTokens());

  @AfterEach
  void stop() {
    api.close();
  }

  private JsonNode check(String contentType, String body, String... headers) {
    HttpResponse<byte[]> response = api.send("POST", CHECK, body, ApiFixture.with(new String[] {"Content-Type", contentType}, headers));
    return assertConforms("POST", CHECK, response);
  }

  @Test
  void aPlanInJsonOrYamlIsCheckedAndReportedInTheLanguageAsked() {
    JsonNode finnish = check("application/json", ApiFixture.json(THIN));
    JsonNode english = check("application/json", ApiFixture.json(THIN), "Accept-Language", "en-GB, sv;q=0.5");
    JsonNode swedish = check("application/yaml", ApiFixture.FILES.toYaml(new Plan(THIN, KeskiSuomi.profile())), "Accept-Language", "sv");
    assertEquals("fi", finnish.get("language").asText());
    assertEquals("en", english.get("language").asText());
    assertEquals("sv", swedish.get("language").asText());
    assertEquals("NOT_COMPLIANT", finnish.get("verdict").asText());
    assertFalse(finnish.get("findings").isEmpty());
    JsonNode finding = finnish.at("/findings/0");
    assertFalse(finding.get("clauseId").asText().isEmpty());
    assertEquals(finding.get("clauseId"), english.at("/findings/0/clauseId"));
    assertNotEquals(finding.get("message"), english.at("/findings/0/message"));
    assertNotEquals(swedish.at("/findings/0/message"), english.at("/findings/0/message"));
    assertEquals("fi", check("application/json", ApiFixture.json(THIN), "Accept-Language", "de, ;;;").get("language").asText());
  }

  @Test
  void aPlanThatCannotBeReadIsAProblemNamingLineColumnAndField() {
    JsonNode wrongType = check("application/yaml", "formatVersion: 1\ncountyId: keski-suomi\nyear: kaksi\n");
    assertEquals(400, wrongType.get("status").asInt(), wrongType.toString());
    assertEquals(3, wrongType.get("line").asInt());
    assertEquals("year", wrongType.get("field").asText());

    JsonNode malformed = check("application/json", "{\"formatVersion\": 1,\n \"countyId\": ");
    assertEquals(400, malformed.get("status").asInt());
    assertEquals(2, malformed.get("line").asInt(), malformed.toString());
  }

  @Test
  void otherContentTypesAndHugeBodiesAreRefusedBeforeReading() {
    HttpResponse<byte[]> text = api.send("POST", CHECK, "year: 2026", "Content-Type", "text/plain");
    assertEquals(415, text.statusCode());
    assertConforms("POST", CHECK, text);
    HttpResponse<byte[]> none = api.send("POST", CHECK, "year: 2026");
    assertEquals(415, none.statusCode());
    HttpResponse<byte[]> huge = api.send("POST", CHECK, "#".repeat((4 << 20) + 1), "Content-Type", "application/yaml");
    assertEquals(413, huge.statusCode(), text(huge));
    assertConforms("POST", CHECK, huge);
  }
}
