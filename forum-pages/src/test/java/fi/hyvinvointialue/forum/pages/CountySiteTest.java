package fi.hyvinvointialue.forum.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.json.Plan;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CountySiteTest {
  private static final CountySite POHJANMAA = SiteExamples.site("pohjanmaa-2026.yaml", SiteExamples.MID_2026, LinkStyle.FILES);
  private static final Locale SWEDISH = Locale.forLanguageTag("sv");
  private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

  private static String page(CountySite site, String path) {
    return site.page(path).orElseThrow(() -> new AssertionError("no page at " + path));
  }

  @Test
  void aSwedishPageUsesTheSwedishTitlesAndMarksTheFinnishWhereThereIsNone() {
    String page = page(POHJANMAA, "/pohjanmaa/2026/sv/");

    assertTrue(page.contains("<html lang=\"sv\">"), page);
    assertTrue(page.contains("<h3>Serviceproducentforum 2026-09-16</h3>"), page);
    assertTrue(page.contains("<li>Den regionala välfärdsberättelsen: serviceproducenternas iakttagelser"), page);
    assertTrue(page.contains("<li><span lang=\"fi\">Ajankohtaista palveluntuottajille</span>"), page);
    assertFalse(page.contains("Palveluntuottajafoorumi 2026-09-16"), "the Finnish title beside a Swedish one: " + page);
  }

  @Test
  void anEnglishPageFallsBackToFinnishMarkedAsFinnish() {
    String page = page(POHJANMAA, "/pohjanmaa/2026/en/");

    assertTrue(page.contains("<li><span lang=\"fi\">Alueellinen hyvinvointikertomus: palveluntuottajien havainnot</span>"), page);
    assertTrue(page.contains("<h3>Service provider forum 2026-05-13</h3>"), page);
  }

  @Test
  void theFinnishPageMarksNothing() {
    assertFalse(page(POHJANMAA, "/pohjanmaa/2026/").contains("<span lang=\"fi\">"));
  }

  @Test
  void comingForumsShowWhenWhereHowToAttendTheAgendaTheMaterialsAndHowToComment() {
    String coming = section(page(POHJANMAA, "/pohjanmaa/2026/en/"), "coming");

    assertTrue(coming.contains("<dd>16 September 2026, 13:00–15:30</dd>"), coming);
    assertTrue(coming.contains("<dd><a href=\"https://teams.example.fi/foorumi/foorumi-2026-3\">Join remotely (Teams)</a></dd>"), coming);
    assertTrue(coming.contains("<li>content · on the website by 9 September 2026</li>"), coming);
    assertTrue(coming.contains("<a href=\"https://www.hyvaks.fi/foorumi/foorumi-2026-3/palaute\">Comment online</a> until 24 September 2026 15:30"),
        coming);
    assertFalse(coming.contains("foorumi-2026-2"), "a past forum among the coming: " + coming);
  }

  @Test
  void pastForumsShowTheRecordingWhileWatchableAndTheMemoOnlyOncePublished() {
    String past = section(page(POHJANMAA, "/pohjanmaa/2026/en/"), "past");
    String later = section(page(SiteExamples.site("pohjanmaa-2026.yaml", Instant.parse("2026-06-30T09:00:00Z"), LinkStyle.FILES),
        "/pohjanmaa/2026/en/"), "past");

    assertTrue(past.contains("<a href=\"https://www.hyvaks.fi/foorumi/foorumi-2026-2/tallenne\">Watch the recording</a> watchable until 28 May 2026"),
        past);
    assertEquals(1, count(past, "<dt>Memo</dt>"), "the memo of 13 May is still a draft: " + past);
    assertEquals(2, count(later, "<dt>Memo</dt>"), later);
    assertFalse(later.contains("Watch the recording"), "the recording came down on 28 May: " + later);
  }

  @Test
  void theClocksThemesDecisionsAndDatesAreAlsoText() {
    String clock = section(page(POHJANMAA, "/pohjanmaa/2026/sv/"), "clock");

    assertTrue(clock.contains("<svg"), clock);
    assertTrue(clock.contains("<table id=\"themes\">"), clock);
    assertTrue(clock.contains("<tr><th scope=\"row\"><span lang=\"fi\">Strategia ja tulevaisuustyö</span></th><td>11.3.2026<br></td>"
        + "<td><span lang=\"fi\">Strategian toimeenpano-ohjelma</span> (<span lang=\"fi\">aluehallitus</span>) 20.4.2026<br></td></tr>"), clock);
  }

  @Test
  void theSubscriptionLinksAreAbsoluteFromThePublicAddress() {
    String page = page(POHJANMAA, "/pohjanmaa/2026/");

    assertTrue(page.contains("<a href=\"webcal://foorumit.pohjanmaa.example/pohjanmaa/2026.ics\">"), page);
    assertTrue(page.contains("<a href=\"https://foorumit.pohjanmaa.example/pohjanmaa/2026.ics\">"), page);
    assertTrue(page.contains("<a href=\"https://pohjanmaa.example/saavutettavuus\">Saavutettavuusseloste</a>"), page);
  }

  @Test
  void withoutPublishingSettingsThereIsNoSubscriptionAndNoStatement() {
    Plan plan = SiteExamples.plan("pohjanmaa-2026.yaml");
    String page = page(CountySite.withoutPublishing(List.of(CheckedYear.of(plan.year(), plan.profile(), SiteExamples.MID_2026)),
        LinkStyle.FILES), "/pohjanmaa/2026/");

    assertFalse(page.contains("id=\"subscribe\""), page);
    assertFalse(page.contains("Saavutettavuusseloste"), page);
  }

  @Test
  void everyRelativeLinkOfTheStaticSiteLeadsToOneOfItsPages() {
    SortedMap<String, String> files = POHJANMAA.files();

    for (Map.Entry<String, String> file : files.entrySet()) {
      if (file.getKey().equals("404.html")) {
        continue;
      }
      Matcher links = HREF.matcher(file.getValue());
      while (links.find()) {
        URI link = URI.create(links.group(1));
        if (link.getScheme() == null && !links.group(1).startsWith("#")) {
          String target = URI.create("file:///" + file.getKey()).resolve(link).getPath().substring(1);
          assertTrue(files.containsKey(target) || target.endsWith(".ics"), file.getKey() + " links to " + link + ", no page");
        }
      }
    }
    assertEquals(List.of("404.html", "pohjanmaa/2026/en/index.html", "pohjanmaa/2026/index.html", "pohjanmaa/2026/sv/index.html",
        "pohjanmaa/en/index.html", "pohjanmaa/index.html", "pohjanmaa/sv/index.html"), List.copyOf(files.keySet()));
  }

  @Test
  void eachPageLinksToItselfInTheOtherTwoLanguages() {
    String page = page(SiteExamples.site("pohjanmaa-2026.yaml", SiteExamples.MID_2026, LinkStyle.DIRECTORIES), "/pohjanmaa/2026/sv/");

    assertTrue(page.contains("<li><a href=\"../\" hreflang=\"fi\" lang=\"fi\">suomi</a></li>"), page);
    assertTrue(page.contains("<li><span lang=\"sv\" aria-current=\"page\">svenska</span></li>"), page);
    assertTrue(page.contains("<li><a href=\"../en/\" hreflang=\"en\" lang=\"en\">English</a></li>"), page);
    assertEquals("/pohjanmaa/2026/sv/", POHJANMAA.yearPath(2026, SWEDISH));
  }

  @Test
  void anAddressWithNoPageHasNoneAndTheNotFoundPageSpeaksItsLanguage() {
    for (String path : List.of("/pohjanmaa/2025/", "/other/", "/pohjanmaa/2026/de/", "pohjanmaa/", "/../etc/passwd", "/pohjanmaa/2026/sv/x/")) {
      assertTrue(POHJANMAA.page(path).isEmpty(), path);
    }
    assertTrue(POHJANMAA.page("/pohjanmaa/2026/sv/index.html").isPresent());
    assertTrue(POHJANMAA.page("/pohjanmaa/2026").isPresent());
    String notFound = POHJANMAA.notFound("/pohjanmaa/2030/sv/");
    assertTrue(notFound.contains("<html lang=\"sv\">") && notFound.contains("<h1>Sidan hittades inte</h1>"), notFound);
  }

  @Test
  void nothingPersonalIsShownOnAnyPageOfAnyExample() throws IOException {
    List<Path> plans;
    try (Stream<Path> files = Stream.concat(Files.list(SiteExamples.PLANS), Files.list(SiteExamples.PLANS.resolve("broken")))) {
      plans = files.filter(file -> file.toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
    }
    int withheld = 0;
    for (Path file : plans) {
      Plan plan = SiteExamples.plan(SiteExamples.PLANS.relativize(file).toString());
      ForumYear year = plan.year();
      CountySite site = CountySite.of(SiteExamples.publishing(year.countyId()),
          List.of(CheckedYear.of(year, plan.profile(), Instant.parse("2026-12-31T10:00:00Z"))), LinkStyle.FILES);
      List<String> names = PersonalNames.of(year).names();
      withheld += names.size();
      for (Map.Entry<String, String> page : site.files().entrySet()) {
        for (String name : names) {
          assertFalse(page.getValue().contains(name), file + ": " + page.getKey() + " shows " + name);
        }
      }
    }
    assertTrue(withheld > plans.size(), "the examples name few persons privately: " + withheld);
  }

  @Test
  void theSameYearsOnTheSameDayGiveTheSameBytes() {
    Instant morning = Instant.parse("2026-05-20T05:00:00Z");

    assertEquals(SiteExamples.site("pohjanmaa-2026.yaml", morning, LinkStyle.FILES).files(),
        SiteExamples.site("pohjanmaa-2026.yaml", morning, LinkStyle.FILES).files());
  }

  private static String section(String page, String id) {
    int start = page.indexOf("id=\"" + id + "\"");
    assertTrue(start >= 0, "no section " + id);
    return page.substring(start, page.indexOf("</section>", start));
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
