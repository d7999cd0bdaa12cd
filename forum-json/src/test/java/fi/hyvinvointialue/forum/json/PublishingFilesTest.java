package fi.hyvinvointialue.forum.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.hyvinvointialue.forum.domain.CountyPublishing;
import fi.hyvinvointialue.forum.domain.ImmutableCountyPublishing;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishingFilesTest {
  private static final String COUNTY = "  - countyId: keski-suomi\n    organiserName: Keski-Suomen hyvinvointialue\n";

  @TempDir Path directory;

  private Path file(String name, String content) throws IOException {
    return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
  }

  private PlanFileError error(String content) throws IOException {
    Path file = file("publishing.yaml", content);
    return assertThrows(PlanFileError.class, () -> new PublishingFiles().read(file));
  }

  @Test
  void theShippedExamplesReadAsTheirCounties() {
    CountyPublishing keskiSuomi = new PublishingFiles().read(Path.of("../examples/publishing/keski-suomi.yaml")).of("keski-suomi");

    assertEquals(ImmutableCountyPublishing.builder().countyId("keski-suomi").organiserName("Keski-Suomen hyvinvointialue")
        .organiserEmail("foorumi-esimerkki@hyvaks.fi")
        .publicBaseUrl(URI.create("https://foorumi-esimerkki.hyvaks.fi/"))
        .accessibilityStatement(URI.create("https://www.hyvaks.fi/saavutettavuusseloste")).build(), keskiSuomi);
    assertEquals(List.of("pohjanmaa"),
        new PublishingFiles().read(Path.of("../examples/publishing/pohjanmaa.yaml")).counties().keySet().asList());
  }

  @Test
  void oneFileHoldsSeveralCountiesAndJsonToo() throws IOException {
    Path file = file("publishing.json", "{\"counties\": [{\"countyId\": \"a\", \"organiserName\": \"A\", \"organiserEmail\": \"f@a.fi\"},"
        + " {\"countyId\": \"b\", \"organiserName\": \"B\", \"organiserEmail\": \"f@b.fi\"}]}");

    PublishingFiles.Settings settings = new PublishingFiles().read(file);

    assertEquals(List.of("a", "b"), settings.counties().keySet().asList());
    assertEquals(URI.create("mailto:f@b.fi"), settings.of("b").organiserAddress());
  }

  @Test
  void aCountyTheFileDoesNotNameIsAnErrorNamingTheFileAndTheCountiesItHas() {
    Path file = Path.of("../examples/publishing/keski-suomi.yaml");

    PlanFileError error = assertThrows(PlanFileError.class, () -> new PublishingFiles().read(file).of("pohjanmaa"));

    assertEquals(file + ": counties: has no publishing settings for the county 'pohjanmaa' (it has keski-suomi):"
        + " add its organiser to publish its feed", error.getMessage());
  }

  @Test
  void mistakesNameTheirFileLineColumnAndField() throws IOException {
    PlanFileError missing = error("counties:\n" + COUNTY + "");
    assertEquals("counties[0].organiserEmail", missing.path());
    assertEquals("missing (a required field)", missing.problem());

    PlanFileError notAnAddress = error("counties:\n" + COUNTY + "    organiserEmail: foorumi\n");
    assertEquals("counties[0]", notAnAddress.path());
    assertEquals(2, notAnAddress.line());
    assertEquals("organiserEmail must be an e-mail address, was 'foorumi'", notAnAddress.problem());

    PlanFileError unknown = error("counties:\n" + COUNTY + "    organiserEmail: f@hyvaks.fi\n    organiser: x\n");
    assertEquals("counties[0].organiser", unknown.path());
    assertEquals(5, unknown.line());
    assertEquals(5, unknown.column());

    PlanFileError twice = error("counties:\n" + COUNTY + "    organiserEmail: f@hyvaks.fi\n"
        + COUNTY + "    organiserEmail: g@hyvaks.fi\n");
    assertEquals("counties[1].countyId", twice.path());
  }
}
