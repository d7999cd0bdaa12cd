package fi.hyvinvointialue.forum.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.profile.ImmutablePolicyProfile;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class YearDocumentsTest {
  /** Storage format 1 as written when it was frozen: every later library must read it to the same year. */
  private static final Path FROZEN_V1 = Path.of("src/test/resources/stored-years/v1-keski-suomi-2026.json");

  private final YearDocuments documents = new YearDocuments();
  private final ForumYear sample = SampleYears.keskiSuomiWithPartnership(2026);


  @Test
  void aYearAndItsProfileComeBackEqualToTheNanosecond() {
    ForumEvent first = sample.events().get(0);
    ForumYear precise = ImmutableForumYear.copyOf(sample).withEvents(ImmutableList.<ForumEvent>builder()
        .add(ImmutableForumEvent.copyOf(first).withCreated(Instant.parse("2026-01-02T03:04:05.123456789Z"))
            .withStart(first.start().plusNanos(1)))
        .addAll(sample.events().subList(1, sample.events().size())).build());
    PolicyProfile own = ImmutablePolicyProfile.copyOf(KeskiSuomi.profile()).withId("oma").withVersion("1");

    Plan read = documents.read("test", documents.write(precise, own));

    assertEquals(new Plan(precise, own), read);
  }

  @Test
  void theFrozenVersionOneDocumentStillReads() throws IOException {
    Plan read = documents.read(FROZEN_V1.toString(), Files.readString(FROZEN_V1, StandardCharsets.UTF_8));

    assertEquals(KeskiSuomi.profileWithPartnership(), read.profile());
    assertEquals("keski-suomi", read.year().countyId());
    assertEquals(2026, read.year().year());
    assertEquals(5, read.year().events().size());
    assertTrue(read.year().workingGroup().isPresent() && read.year().partnershipAgreement().isPresent());
  }

  /**
   * What a year is stored as does not change with the plan file's shape: the frozen document read and
   * written again is the same document. A codec change that fails this needs a new storage format.
   */
  @Test
  void whatIsWrittenIsStillFormatOneAsFrozen() throws IOException {
    ObjectMapper json = new ObjectMapper();
    String frozen = Files.readString(FROZEN_V1, StandardCharsets.UTF_8);
    Plan read = documents.read(FROZEN_V1.toString(), frozen);
    String written = documents.write(read.year(), read.profile());
    Files.writeString(Path.of("target/v1-keski-suomi-2026.json"), written, StandardCharsets.UTF_8);

    assertEquals(json.readTree(frozen), json.readTree(written),
        "the stored document changed: raise YearDocuments.FORMAT_VERSION, freeze a fixture of the new format"
            + " and read the old one through an upcaster");
  }

  /** PostgreSQL's jsonb gives the keys back shortest first: the format version comes after the plan. */
  @Test
  void theFieldsReadInAnyOrderAndALaterFormatVersionStillDecides() throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode frozen = (ObjectNode) json.readTree(Files.readString(FROZEN_V1, StandardCharsets.UTF_8));
    ObjectNode jsonbOrder = json.createObjectNode();
    jsonbOrder.set("plan", frozen.get("plan"));
    jsonbOrder.set("profile", frozen.get("profile"));
    jsonbOrder.set("storageFormatVersion", frozen.get("storageFormatVersion"));

    Plan read = documents.read("keski-suomi/2026 version 1", json.writeValueAsString(jsonbOrder));
    jsonbOrder.put("storageFormatVersion", 2);
    PlanFileError newer = assertThrows(PlanFileError.class,
        () -> documents.read("keski-suomi/2026 version 2", json.writeValueAsString(jsonbOrder)));

    assertEquals(documents.read(FROZEN_V1.toString(), frozen.toString()), read);
    assertTrue(newer.getMessage().contains("storage format 2"), newer.getMessage());
  }

  @Test
  void aDocumentOfANewerFormatOrOfNoFormatIsRefusedByName() {
    PlanFileError newer = assertThrows(PlanFileError.class,
        () -> documents.read("keski-suomi/2026 version 3", "{\"storageFormatVersion\": 2, \"plan\": {}}"));
    PlanFileError none = assertThrows(PlanFileError.class, () -> documents.read("keski-suomi/2026 version 3", "{\"plan\": {}}"));

    assertTrue(newer.getMessage().startsWith("keski-suomi/2026 version 3"), newer.getMessage());
    assertTrue(newer.getMessage().contains("storage format 2"), newer.getMessage());
    assertEquals("storageFormatVersion", none.path());
  }
}
