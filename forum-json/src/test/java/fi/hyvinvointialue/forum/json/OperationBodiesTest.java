package fi.hyvinvointialue.forum.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.domain.Signature;
import fi.hyvinvointialue.forum.domain.TopicKind;
import fi.hyvinvointialue.forum.json.OperationBodies.AgendaBody;
import fi.hyvinvointialue.forum.json.OperationBodies.EmptyBody;
import fi.hyvinvointialue.forum.json.OperationBodies.MoveBody;
import fi.hyvinvointialue.forum.json.OperationBodies.PlanYearBody;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class OperationBodiesTest {
  private final PlanFiles files = new PlanFiles();

  @Test
  void aBodyIsWrittenAsAPlanFileWritesItsValues() {
    MoveBody move = read("""
        {"start": "2026-03-18T13:00", "end": "2026-03-18T15:30",
         "venue": {"name": "Jyväskylän kaupungintalo", "municipality": "Jyväskylä"}}""", MoveBody.class);

    assertEquals(LocalDateTime.of(2026, 3, 18, 13, 0), move.start());
    assertEquals("Jyväskylä", move.venue().municipality().orElseThrow());
    assertEquals(null, move.remoteConnection());
  }

  @Test
  void yamlIsReadTooAndListsLeftOutAreEmpty() {
    AgendaBody agenda = read("items:\n  - id: a1\n    title: Palvelustrategia\n    topic: PROCUREMENT_PLANNING\n", AgendaBody.class);
    PlanYearBody planned = read("themes: []\n", PlanYearBody.class);

    assertEquals(TopicKind.PROCUREMENT_PLANNING, agenda.items().get(0).topic());
    assertTrue(planned.events().isEmpty());
    assertEquals(2027, planned.clock(2027).year());
  }

  @Test
  void aWrongValueIsNamedWithItsLineColumnAndField() {
    PlanFileError error = assertThrows(PlanFileError.class,
        () -> read("{\n  \"start\": \"2026-03-18T13:00\",\n  \"end\": \"18.3.2026\"\n}", MoveBody.class));

    assertEquals(3, error.line());
    assertEquals("end", error.path());
  }

  @Test
  void jsonReadAsJsonIsTheSameAndItsErrorsNameTheSamePlaces() {
    String text = "{\n  \"start\": \"2026-03-18T13:00\",\n  \"end\": \"2026-03-18T15:30\"\n}";
    MoveBody asJson = files.readBody("body", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), MoveBody.class,
        PlanFiles.Syntax.JSON);
    PlanFileError error = assertThrows(PlanFileError.class, () -> files.readBody("body",
        new ByteArrayInputStream(text.replace("15:30", "kello 15").getBytes(StandardCharsets.UTF_8)), MoveBody.class,
        PlanFiles.Syntax.JSON));

    assertEquals(read(text, MoveBody.class), asJson);
    assertEquals(3, error.line());
    assertEquals("end", error.path());
  }

  @Test
  void aMissingFieldAndAnUnknownOneAreRefused() {
    PlanFileError missing = assertThrows(PlanFileError.class, () -> read("{\"start\": \"2026-03-18T13:00\"}", MoveBody.class));
    PlanFileError unknown = assertThrows(PlanFileError.class, () -> read("{\"reason\": \"x\"}", EmptyBody.class));

    assertTrue(missing.getMessage().contains("end"), missing.getMessage());
    assertEquals("reason", unknown.path());
  }

  @Test
  void aValueOfThePlanFileIsABodyToo() {
    Signature signature = read("{\"party\": \"Yrittäjät ry\", \"signatory\": \"Anna Esimerkki\", \"signedOn\": \"2026-02-01\"}",
        Signature.class);

    assertEquals("Yrittäjät ry", signature.party());
  }

  private <T> T read(String text, Class<T> type) {
    return files.readBody("body", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), type, PlanFiles.Syntax.YAML);
  }
}
