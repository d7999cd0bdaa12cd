package fi.hyvinvointialue.forum.adapters.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.BodyKind;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.DecisionKind;
import fi.hyvinvointialue.forum.domain.port.CalendarFormatError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decision calendars in the shapes Outlook, Google Calendar and a municipal meeting system export. */
class DecisionCalendarReadingTest {
  private static final String OUTLOOK_SERIES =
      "040000008200E00074C5B7101A82E00800000000F1C2D3E4F45ADC010000000000000000100000001122334455667788990011223344AABB";
  private static final String GOOGLE_SERIES = "3k9v1l2m8n7b6c5x4z3a2s1d0f@google.com";

  static String sample(String name) {
    try (InputStream in = DecisionCalendarReadingTest.class.getResourceAsStream("/decision-calendars/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ImmutableList<Decision> read(String name, String text, int year) {
    return new ICalendarAdapter().read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), year);
  }

  static Map<String, Decision> byId(List<Decision> decisions) {
    return decisions.stream().collect(Collectors.toMap(Decision::id, Function.identity()));
  }

  static List<LocalDate> datesOf(List<Decision> decisions, String uid) {
    return decisions.stream().filter(decision -> decision.id().startsWith(uid)).map(Decision::date).toList();
  }

  @Test
  void outlooksWindowsZoneSeriesIsExpandedWithoutItsExdatesAndCancelledOccurrence() {
    List<Decision> decisions = read("outlook.ics", sample("outlook.ics"), 2026);

    List<LocalDate> meetings = datesOf(decisions, OUTLOOK_SERIES);
    List<LocalDate> expected =
        LocalDate.of(2026, 1, 12).datesUntil(LocalDate.of(2026, 12, 15), java.time.Period.ofWeeks(2))
            .filter(day -> !day.equals(LocalDate.of(2026, 4, 6)) && !day.equals(LocalDate.of(2026, 7, 27))
                && !day.equals(LocalDate.of(2026, 9, 7)))
            .map(day -> day.equals(LocalDate.of(2026, 5, 18)) ? LocalDate.of(2026, 5, 19) : day)
            .toList();
    assertEquals(expected, meetings);
    Decision moved = byId(decisions).get(OUTLOOK_SERIES + "/2026-05-18");
    assertEquals("Aluehallituksen kokous (siirretty tiistaille)", moved.title());
    assertEquals(LocalDate.of(2026, 5, 19), moved.date());
    assertEquals(BodyKind.REGIONAL_BOARD, moved.body());
    assertEquals("aluehallitus", moved.bodyName());
  }

  @Test
  void outlooksSingleEventsKeepTheirUidFoldedTitleAndHelsinkiDate() {
    Map<String, Decision> decisions = byId(read("outlook.ics", sample("outlook.ics"), 2026));

    Decision strategy = decisions.get(
        "040000008200E00074C5B7101A82E00800000000D0A3E2B1F45ADC0100000000000000001000000052C1A0E6A5A1C34B9D0B7C4F1A2B3C4D");
    assertEquals("Aluehallitus: Strategian toimeenpano-ohjelma 2026–2029", strategy.title());
    assertEquals(LocalDate.of(2026, 4, 20), strategy.date());
    assertEquals(DecisionKind.STRATEGY, strategy.kind());
    Decision welfare = decisions.get(
        "040000008200E00074C5B7101A82E00800000000A1B2C3D4F45ADC010000000000000000100000009988776655443322110099887766CCDD");
    assertEquals(LocalDate.of(2026, 6, 16), welfare.date(), "an all-day event keeps its day");
    assertEquals(BodyKind.COUNCIL, welfare.body());
    assertEquals(DecisionKind.WELFARE_REPORT, welfare.kind());
    Decision newYearsEve = decisions.get(
        "040000008200E00074C5B7101A82E00800000000C1B2C3D4F45ADC010000000000000000100000009988776655443322110099887766FF00");
    assertEquals(LocalDate.of(2026, 12, 31), newYearsEve.date(), "22:00 Helsinki is still the 31st");
    assertEquals(BodyKind.OFFICIAL, newYearsEve.body());
    assertEquals(DecisionKind.PROCUREMENT_PLAN, newYearsEve.kind());
    assertEquals(26, decisions.size());
  }

  @Test
  void outlooksWindowsZoneNameIsUnderstoodWithoutItsVtimezone() {
    String withoutZone = sample("outlook.ics").replaceAll("(?s)BEGIN:VTIMEZONE.*?END:VTIMEZONE\r\n", "");

    assertEquals(read("outlook.ics", sample("outlook.ics"), 2026), read("outlook.ics", withoutZone, 2026));
  }

  @Test
  void googlesMonthlySeriesOverrideAndCancellationsAreApplied() {
    List<Decision> decisions = read("google.ics", sample("google.ics"), 2026);

    List<LocalDate> expected =
        List.of(2, 3, 4, 5, 6, 8, 9, 10, 12).stream()
            .map(month -> LocalDate.of(2026, month, 1).with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(2,
                java.time.DayOfWeek.TUESDAY)))
            .toList();
    assertEquals(expected, datesOf(decisions, GOOGLE_SERIES));
    Decision rulebook = byId(decisions).get(GOOGLE_SERIES + "/2026-10-13");
    assertEquals(DecisionKind.VOUCHER_RULEBOOK, rulebook.kind());
    assertEquals(BodyKind.BOARD, rulebook.body());
    assertEquals("sosiaali- ja terveyslautakunta", rulebook.bodyName());
    assertFalse(byId(decisions).containsKey("cancelled00000000000@google.com"), "a cancelled event is left out");
  }

  @Test
  void aUtcTimeAfterMidnightInHelsinkiBelongsToTheNextYear() {
    assertFalse(byId(read("google.ics", sample("google.ics"), 2026)).containsKey("newyear0000000000000@google.com"));
    Decision next = byId(read("google.ics", sample("google.ics"), 2027)).get("newyear0000000000000@google.com");
    assertEquals(LocalDate.of(2027, 1, 1), next.date());
  }

  @Test
  void googlesUtcAndAllDayEventsAreReadOnTheirHelsinkiDays() {
    Map<String, Decision> decisions = byId(read("google.ics", sample("google.ics"), 2026));

    assertEquals(LocalDate.of(2026, 3, 25), decisions.get("0a1b2c3d4e5f6g7h8i9j@google.com").date());
    assertEquals(DecisionKind.FINANCIAL_STATEMENTS, decisions.get("0a1b2c3d4e5f6g7h8i9j@google.com").kind());
    assertEquals(BodyKind.REGIONAL_BOARD, decisions.get("0a1b2c3d4e5f6g7h8i9j@google.com").body());
    Decision plan = decisions.get("9z8y7x6w5v4u3t2s1r0q@google.com");
    assertEquals(LocalDate.of(2026, 6, 15), plan.date());
    assertEquals(DecisionKind.WELFARE_PLAN, plan.kind());
  }

  @Test
  void aMeetingSystemsLfOnlyFileWithFloatingTimesAndCategoriesIsRead() {
    List<Decision> decisions = read("meeting-system.ics", sample("meeting-system.ics"), 2026);

    assertEquals(
        List.of(
            "2026-04-27 COUNCIL aluevaltuusto OTHER Kokous 4/2026",
            "2026-05-19 BOARD tarkastuslautakunta FINANCIAL_STATEMENTS "
                + "Tarkastuslautakunnan kokous: arviointikertomus ja tilinpäätös 2025",
            "2026-09-01 OFFICIAL viranhaltijapäätökset VOUCHER_RULEBOOK "
                + "Hyvinvointialuejohtajan viranhaltijapäätös: palvelusetelin sääntökirjan yleinen osa",
            "2026-11-02 REGIONAL_BOARD regionstyrelsen PROCUREMENT_PLAN Regionstyrelsen: upphandlingsplan 2027",
            "2026-11-30 BOARD yksilöjaosto OTHER Yksilöjaoston kokous"),
        decisions.stream()
            .map(d -> d.date() + " " + d.body() + " " + d.bodyName() + " " + d.kind() + " " + d.title())
            .toList());
    assertFalse(sample("meeting-system.ics").contains("\r"), "the sample has bare LF line ends");
  }

  @Test
  void twoEventsSharingAUidWithoutRecurrenceIdAreBothKeptUnderTheirDates() {
    String twice = sample("meeting-system.ics").replace("kokous-2026-0046@", "kokous-2026-0045@");

    Map<String, Decision> decisions = byId(read("meeting-system.ics", twice, 2026));

    assertEquals(LocalDate.of(2026, 11, 2), decisions.get("kokous-2026-0045@kokoushallinta.hyvaks.example/2026-11-02").date());
    assertEquals(LocalDate.of(2026, 11, 30), decisions.get("kokous-2026-0045@kokoushallinta.hyvaks.example/2026-11-30").date());
    assertEquals(5, decisions.size());
  }

  @Test
  void aFileOfSeveralCalendarsGivesTheDecisionsOfAllOfThem() {
    String both = sample("google.ics") + sample("outlook.ics");

    List<Decision> decisions = read("kaikki.ics", both, 2026);

    assertEquals(read("google.ics", sample("google.ics"), 2026).size() + read("outlook.ics", sample("outlook.ics"), 2026).size(),
        decisions.size());
    CalendarFormatError error = assertThrows(CalendarFormatError.class, () -> read("kaikki.ics",
        sample("google.ics") + sample("outlook.ics").replace("FREQ=WEEKLY;UNTIL", "FREQ=WEEKLYX;UNTIL"), 2026));
    int googleLines = sample("google.ics").split("\r\n").length;
    assertTrue(error.getMessage().startsWith("kaikki.ics: line " + (googleLines + 64) + ": "), error.getMessage());
  }

  @Test
  void aByteOrderMarkAndCrOnlyLineEndsAreAccepted() {
    String text = "\uFEFF" + sample("meeting-system.ics").replace('\n', '\r');

    assertEquals(read("meeting-system.ics", sample("meeting-system.ics"), 2026), read("cr.ics", text, 2026));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a time zone nobody knows | DTSTART;TZID=\"FLE Standard Time\":20260420T140000 "
            + "| DTSTART;TZID=Mars/Olympus:20260420T140000 | 37 | Unknown time-zone ID: Mars/Olympus",
        "a date in ISO form | DTSTART;TZID=\"FLE Standard Time\":20260420T140000 "
            + "| DTSTART;TZID=\"FLE Standard Time\":2026-04-20 | 37 | cannot read DTSTART",
        "an unknown frequency | FREQ=WEEKLY;UNTIL | FREQ=WEEKLYX;UNTIL | 64 | WEEKLYX",
        "a missing end | END:VCALENDAR\\r\\n | '' | 142 | end of file",
        "an event without a start | DTSTART;VALUE=DATE:20260616\\r\\n | '' | 101 | has no DTSTART",
        "an event without a UID | UID:040000008200E00074C5B7101A82E00800000000B1 | X-UID:0 | 116 | has no UID",
      })
  void aMalformedFileGivesAnErrorNamingTheSourceAndLine(String what, String from, String to, int line, String reason) {
    String broken = sample("outlook.ics").replace(from.replace("\\r\\n", "\r\n"), to);
    assertFalse(broken.equals(sample("outlook.ics")), "the sample was changed");

    CalendarFormatError error = assertThrows(CalendarFormatError.class, () -> read("paatokset.ics", broken, 2026));

    assertTrue(error.getMessage().startsWith("paatokset.ics: line " + line + ": "), error.getMessage());
    assertTrue(error.getMessage().contains(reason), error.getMessage());
  }

  @Test
  void textThatIsNoCalendarAtAllIsAFormatError() {
    CalendarFormatError error =
        assertThrows(CalendarFormatError.class, () -> read("virhe.html", "<html><body>404</body></html>\n", 2026));

    assertTrue(error.getMessage().startsWith("virhe.html: line 1: "), error.getMessage());
    CalendarFormatError empty = assertThrows(CalendarFormatError.class, () -> read("tyhja.ics", "", 2026));
    assertTrue(empty.getMessage().startsWith("tyhja.ics: line 1: "), empty.getMessage());
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedWithTheirLine() {
    byte[] latin1 = sample("meeting-system.ics").getBytes(StandardCharsets.ISO_8859_1);

    CalendarFormatError error = assertThrows(CalendarFormatError.class,
        () -> new ICalendarAdapter().read("latin1.ics", new ByteArrayInputStream(latin1), 2026));

    assertTrue(error.getMessage().startsWith("latin1.ics: line 12: not UTF-8"), error.getMessage());
  }

  @Test
  void aFileOverTheLimitIsRefusedWithoutReadingItAll() {
    CountingEndlessStream endless = new CountingEndlessStream();

    CalendarFormatError error =
        assertThrows(CalendarFormatError.class, () -> new ICalendarAdapter(100_000).read("huge.ics", endless, 2026));

    assertTrue(error.getMessage().startsWith("huge.ics: larger than the limit of 100000 bytes"), error.getMessage());
    assertTrue(endless.served < 100_000 + 65_536 + 1, "read " + endless.served + " bytes");
  }

  @Test
  void aFileAtTheLimitIsRead() {
    byte[] bytes = sample("google.ics").getBytes(StandardCharsets.UTF_8);

    assertEquals(read("google.ics", sample("google.ics"), 2026),
        new ICalendarAdapter(bytes.length).read("google.ics", new ByteArrayInputStream(bytes), 2026));
    assertThrows(CalendarFormatError.class,
        () -> new ICalendarAdapter(bytes.length - 1).read("google.ics", new ByteArrayInputStream(bytes), 2026));
  }

  @Test
  void aSeriesThatRecursWithoutEndIsRefusedBeyondAThousandOccurrences() {
    String minutely = sample("google.ics").replace("RRULE:FREQ=MONTHLY;BYDAY=2TU", "RRULE:FREQ=MINUTELY");

    CalendarFormatError error = assertThrows(CalendarFormatError.class, () -> read("google.ics", minutely, 2026));

    assertTrue(error.getMessage().contains("recurs more than 1000 times"), error.getMessage());
  }

  @Test
  void aRuleThatNeverMatchesGivesOnlyItsFirstOccurrence() {
    String never = sample("google.ics").replace("RRULE:FREQ=MONTHLY;BYDAY=2TU", "RRULE:FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=31");

    assertEquals(List.of(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 10, 13)),
        datesOf(read("google.ics", never, 2026), GOOGLE_SERIES), "DTSTART and the override");
  }

  /** An endless calendar, counting what it served: an unbounded reader would never return. */
  static final class CountingEndlessStream extends InputStream {
    long served;

    @Override
    public int read() {
      served++;
      return 'X';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'X');
      served += length;
      return length;
    }
  }
}
