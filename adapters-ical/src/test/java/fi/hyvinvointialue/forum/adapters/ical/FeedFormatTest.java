package fi.hyvinvointialue.forum.adapters.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

/** The feed's syntax: folding by octets, line ends, validation by ical4j. */
class FeedFormatTest {
  /** Titles that break naive writers: escapes, line breaks of every kind, long Finnish text, emoji. */
  static final List<String> HARD_TITLES =
      List.of(
          "Hankinnat, palvelusetelit; ja \\ kenoviiva",
          "Rivi yksi\nrivi kaksi\r\nrivi kolme\rrivi neljä",
          "Lainausmerkit \"näin\" ja 'näin'",
          "Äänekosken ja Jyväskylän yhteinen foorumi – ÅÄÖ åäö – Äänekosken ja Jyväskylän yhteinen foorumi",
          "Emoji 🎉👩🏽‍⚕️ ".repeat(12),
          "ä".repeat(100),
          "END:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected",
          "Ohjausmerkki\u0007 ja sarkain\tvälissä");

  static ForumYear yearWithTitles(List<String> titles) {
    ForumYear base = SampleYears.keskiSuomi(2026);
    ImmutableList.Builder<ForumEvent> events = ImmutableList.builder();
    for (int i = 0; i < titles.size(); i++) {
      ForumEvent template = base.events().get(i % base.events().size());
      events.add(ImmutableForumEvent.copyOf(template).withId("otsikko-" + i).withTitle(titles.get(i)));
    }
    return ImmutableForumYear.copyOf(base).withEvents(events.build()).withCommunicationPlan(
        SampleYears.communicationPlan(2026));
  }

  @Test
  void everyLineIsAtMost75OctetsEndsInCrlfAndThereIsNoBom() {
    byte[] feed = Feeds.publish(yearWithTitles(HARD_TITLES), Feeds.settings());

    assertFalse(feed.length >= 3 && (feed[0] & 0xff) == 0xef && (feed[1] & 0xff) == 0xbb, "no byte order mark");
    String text = Feeds.text(feed);
    assertTrue(text.endsWith("\r\n"));
    assertEquals(text.split("\n", -1).length, text.split("\r\n", -1).length, "every LF follows a CR");
    assertEquals(text.split("\r", -1).length, text.split("\r\n", -1).length, "every CR precedes an LF");
    for (String line : text.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, () -> "longer than 75 octets: " + line);
      assertFalse(line.isEmpty() || line.equals(" "), "no empty lines or continuation lines");
    }
  }

  @Test
  void foldsFallBetweenCodePointsNeverInsideASurrogatePair() {
    byte[] feed = Feeds.publish(yearWithTitles(HARD_TITLES), Feeds.settings());

    for (String line : Feeds.text(feed).split("\r\n")) {
      assertFalse(line.contains("\uFFFD"), () -> "a character was cut: " + line);
      assertFalse(Character.isLowSurrogate(line.charAt(line.startsWith(" ") ? 1 : 0)), () -> "cut pair: " + line);
    }
  }

  @Test
  void aLineBreakInATitleCannotStartAProperty() {
    byte[] feed = Feeds.publish(yearWithTitles(HARD_TITLES), Feeds.settings());

    List<String> lines = Feeds.unfoldedLines(feed);
    assertEquals(HARD_TITLES.size(),
        lines.stream().filter(line -> line.startsWith("UID:") && !line.contains("#")).count(), "one VEVENT per event");
    assertFalse(lines.contains("SUMMARY:injected"));
    assertEquals(HARD_TITLES.size(), Feeds.biweekly(Feeds.publish(yearWithTitles(HARD_TITLES),
        Feeds.withoutDerivedEntries())).getEvents().size());
  }

  @Test
  void textSurvivesTheRoundTripWithLineBreaksAsLfAndControlCharactersDropped() {
    byte[] feed = Feeds.publish(yearWithTitles(HARD_TITLES), Feeds.withoutDerivedEntries());

    List<String> read = Feeds.biweekly(feed).getEvents().stream().map(event -> event.getSummary().getValue()).toList();
    List<String> expected = HARD_TITLES.stream()
        .map(title -> title.replace("\r\n", "\n").replace('\r', '\n').replace("\u0007", ""))
        .toList();
    assertEquals(expected.stream().sorted().toList(), read.stream().sorted().toList());
  }

  @Test
  void ical4jValidatesTheFeedItReadsBack() {
    Calendar calendar = Feeds.ical4j(Feeds.publish(yearWithTitles(HARD_TITLES), Feeds.settings()));

    ValidationResult result = calendar.validate();
    assertFalse(result.hasErrors(), () -> result.getEntries().toString());
  }

  @Test
  void theSameYearGivesTheSameBytesWhateverTheOrderOfItsEvents() {
    ForumYear year = SampleYears.keskiSuomi(2026);
    ForumYear reversed = ImmutableForumYear.copyOf(year).withEvents(year.events().reverse());

    assertEquals(Feeds.text(Feeds.publish(year, Feeds.settings())), Feeds.text(Feeds.publish(reversed, Feeds.settings())));
  }

  @Test
  void aYearWithoutEventsIsAValidEmptyFeed() {
    ForumYear empty = ImmutableForumYear.builder().countyId("keski-suomi").year(2031).build();

    byte[] feed = Feeds.publish(empty, Feeds.settings());

    assertEquals(0, Feeds.biweekly(feed).getEvents().size());
    assertFalse(Feeds.ical4j(feed).validate().hasErrors());
  }
}
