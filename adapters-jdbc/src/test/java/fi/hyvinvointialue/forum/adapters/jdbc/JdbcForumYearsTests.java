package fi.hyvinvointialue.forum.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.domain.Access;
import fi.hyvinvointialue.forum.domain.EventKind;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableAgendaItem;
import fi.hyvinvointialue.forum.domain.ImmutableAnnualClock;
import fi.hyvinvointialue.forum.domain.ImmutableCommunicationPlan;
import fi.hyvinvointialue.forum.domain.ImmutableDecisionPath;
import fi.hyvinvointialue.forum.domain.ImmutableFeedbackComment;
import fi.hyvinvointialue.forum.domain.ImmutableFeedbackWindow;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableMemo;
import fi.hyvinvointialue.forum.domain.ImmutableParticipant;
import fi.hyvinvointialue.forum.domain.ImmutablePartnershipAgreement;
import fi.hyvinvointialue.forum.domain.ImmutablePerson;
import fi.hyvinvointialue.forum.domain.ImmutablePlaybook;
import fi.hyvinvointialue.forum.domain.ImmutableRecording;
import fi.hyvinvointialue.forum.domain.ImmutableRegistration;
import fi.hyvinvointialue.forum.domain.ImmutableRemoteConnection;
import fi.hyvinvointialue.forum.domain.ImmutableVenue;
import fi.hyvinvointialue.forum.domain.ImmutableVitalityPledge;
import fi.hyvinvointialue.forum.domain.ImmutableWorkingGroup;
import fi.hyvinvointialue.forum.domain.ImmutableWorkingGroupMember;
import fi.hyvinvointialue.forum.domain.MemberRole;
import fi.hyvinvointialue.forum.domain.Organisation;
import fi.hyvinvointialue.forum.domain.OrganisationKind;
import fi.hyvinvointialue.forum.domain.ParticipantRole;
import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.history.EventStamps;
import fi.hyvinvointialue.forum.domain.port.Change;
import fi.hyvinvointialue.forum.domain.port.ImmutableChange;
import fi.hyvinvointialue.forum.domain.port.StorageFailure;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.domain.port.VersionConflict;
import fi.hyvinvointialue.forum.domain.profile.ImmutablePolicyProfile;
import fi.hyvinvointialue.forum.domain.profile.PolicyCalendar;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.secretariat.PersonalDataPurge;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.Period;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC store must do beyond the port's contract, run on each database by a subclass:
 * fields the sample leaves out, the retention purge, time zones, faults and the schema's constraints.
 */
abstract class JdbcForumYearsTests {
  private static final PolicyProfile PROFILE = SampleYears.profile();

  /** A migrated database of the subclass's kind. */
  abstract DataSource dataSource();

  private JdbcForumYears store() {
    return JdbcForumYears.migrate(dataSource());
  }

  private static String freshCounty() {
    return "county-" + UUID.randomUUID();
  }

  private static final Instant AT = Instant.parse("2026-01-15T08:30:00Z");

  private static Change change(String summary) {
    return ImmutableChange.builder().actor("sihteeri").at(AT).summary(summary).build();
  }

  /**
   * The sample as a store keeps it, stamps included ({@link EventStamps}; the contract tests the stamping):
   * so storing it again, whole or in part, changes none of them and the tests here compare whole years.
   */
  private static ForumYear sample(String county) {
    return stamped(ImmutableForumYear.copyOf(SampleYears.keskiSuomiWithPartnership(2026)).withCountyId(county));
  }

  private static ForumYear stamped(ForumYear year) {
    return EventStamps.stamp(Optional.empty(), year, AT);
  }

  /**
   * The alternatives the sample does not take: absent optionals, empty lists in present parts, other
   * enum values, a person without an organisation, a decision path without a decision, nanoseconds.
   */
  static ForumYear sparse(String county) {
    LocalDateTime start = LocalDateTime.of(2027, 3, 28, 2, 30);
    ForumEvent event =
        ImmutableForumEvent.builder()
            .id("kohdennettu")
            .kind(EventKind.TARGETED_EVENT)
            .title("Peruttu tilaisuus")
            .start(start)
            .end(start.plusMinutes(45))
            .status(EventStatus.CANCELLED)
            .access(Access.BY_INVITATION)
            .venue(ImmutableVenue.builder().name("Kokoushuone").build())
            .remoteConnection(ImmutableRemoteConnection.builder().uri(URI.create("https://meet.example.fi/x?a=1&b=%C3%A4")).build())
            .chair(ImmutablePerson.builder().name("Puheenjohtaja").build())
            .addParticipants(
                ImmutableParticipant.builder().role(ParticipantRole.INVITEE).person(ImmutablePerson.builder().name("Vieras").build()).build(),
                ImmutableParticipant.builder().role(ParticipantRole.ENTREPRENEUR).count(2).build())
            .addRegistrations(
                ImmutableRegistration.builder()
                    .organisation(Organisation.of("Ulkopuolinen Oy", OrganisationKind.COMPANY))
                    .operatesInRegion(false)
                    .accepted(false)
                    .reason("Ei toimi alueella")
                    .build())
            .addAgenda(
                ImmutableAgendaItem.builder().id("a1").title("Ilman esittäjää").build(),
                ImmutableAgendaItem.builder()
                    .id("a2")
                    .title("Polku ilman päätöstä")
                    .decisionPath(ImmutableDecisionPath.builder().description("Tiedoksi").build())
                    .build())
            .feedbackWindow(
                ImmutableFeedbackWindow.builder()
                    .opensAt(start.plusHours(1))
                    .closesAt(start.plusDays(3))
                    .addComments(ImmutableFeedbackComment.builder().id("c1").receivedAt(start.plusDays(1).plusNanos(123_000)).text("").build())
                    .build())
            .recording(ImmutableRecording.builder().uri(URI.create("https://example.fi/r")).build())
            .memo(ImmutableMemo.builder().coversDiscussion(false).coversFeedback(true).addIncludedCommentIds("c1").build())
            .additionalReason("Lisätilaisuus: 'quoted' \"and\" ; -- comment")
            .created(Instant.parse("2027-01-01T00:00:00.123456789Z"))
            .lastModified(Instant.parse("1970-01-01T00:00:00.000000001Z"))
            .sequence(7)
            .build();
    return stamped(ImmutableForumYear.builder()
        .countyId(county)
        .year(2027)
        .clock(ImmutableAnnualClock.builder().year(2027).build())
        .addEvents(event)
        .workingGroup(
            ImmutableWorkingGroup.builder()
                .termStart(LocalDate.of(2025, 6, 1))
                .termEnd(LocalDate.of(2029, 5, 31))
                .addMembers(
                    ImmutableWorkingGroupMember.builder()
                        .name("Jäsen")
                        .organisation(Organisation.of("Järjestö ry", OrganisationKind.THIRD_SECTOR_ORGANISATION))
                        .role(MemberRole.OTHER)
                        .memberFrom(LocalDate.of(2026, 1, 1))
                        .memberUntil(LocalDate.of(2026, 1, 1))
                        .build())
                .build())
        .communicationPlan(ImmutableCommunicationPlan.builder().build())
        .addPermanentMembers(SampleYears.SOSTE, SampleYears.COUNTY, SampleYears.CHAMBER)
        .partnershipAgreement(
            ImmutablePartnershipAgreement.builder()
                .title("Luonnos")
                .written(false)
                .vitalityPledge(ImmutableVitalityPledge.builder().committedOn(LocalDate.of(2027, 5, 1)).build())
                .build())
        .playbook(ImmutablePlaybook.builder().title("Pelikirja").build())
        .build());
  }

  /**
   * Loading a year out of a large database is an index lookup, not a scan: 22 counties × 50 years × 10
   * versions, written in one transaction after the first versions and analysed, as the target asks.
   */
  @Test
  void loadingAYearOfALargeDatabaseUsesTheKeyIndexes() throws SQLException {
    JdbcForumYears store = store();
    String prefix = "large-" + UUID.randomUUID() + "-";
    for (int county = 0; county < 22; county++) {
      for (int year = 2030; year < 2080; year++) {
        store.save(ImmutableForumYear.builder().countyId(prefix + county).year(year).build(), PROFILE, 0, change("first"));
      }
    }
    try (Connection connection = dataSource().getConnection()) {
      connection.setAutoCommit(false);
      String nineLater = Dialect.of(connection) == Dialect.POSTGRESQL
          ? "generate_series(1, 9) AS n(later)"
          : "(SELECT x AS later FROM SYSTEM_RANGE(1, 9)) n";
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("INSERT INTO forum_year_version (county_id, calendar_year, version, storage_format, profile_id,"
            + " profile_version, actor, changed_at, changed_at_nanos, summary, request_id, document)"
            + " SELECT v.county_id, v.calendar_year, v.version + n.later, v.storage_format, v.profile_id, v.profile_version,"
            + " v.actor, v.changed_at, v.changed_at_nanos, v.summary, NULL, v.document FROM forum_year_version v"
            + " CROSS JOIN " + nineLater + " WHERE v.county_id LIKE '" + prefix + "%'");
        statement.executeUpdate("UPDATE forum_year SET current_version = 10 WHERE county_id LIKE '" + prefix + "%'");
        connection.commit();
        statement.execute("ANALYZE");
        connection.commit();
      }
      connection.setAutoCommit(true);
      String current = plan(connection, "EXPLAIN " + JdbcForumYears.SELECT_CURRENT, prefix + 11, 2055);
      String version = plan(connection, "EXPLAIN " + JdbcForumYears.SELECT_VERSION, prefix + 11, 2055, 7L);

      for (String lookup : List.of(current, version)) {
        assertTrue(!lookup.contains("Seq Scan") && !lookup.contains("tableScan"), lookup);
        assertTrue(lookup.contains("Index Scan") || lookup.contains("Index Only Scan") || lookup.contains("/* PUBLIC.PRIMARY_KEY"),
            lookup);
      }
    }
    assertEquals(10, store.find(YearKey.of(prefix + 11, 2055)).orElseThrow().version());
  }

  private static String plan(Connection connection, String explain, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(explain)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      StringBuilder plan = new StringBuilder();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          plan.append(result.getString(1)).append('\n');
        }
      }
      return plan.toString();
    }
  }

  @Test
  void whatTheSampleLeavesOutRoundTripsToo() {
    JdbcForumYears store = store();
    ForumYear year = sparse(freshCounty());

    store.save(year, PROFILE, 0, change("sparse"));

    assertEquals(year, store.find(year.key()).orElseThrow().year());
  }

  @Test
  void aYearRewrittenWithFewerPartsKeepsNoneOfTheOldOnes() {
    JdbcForumYears store = store();
    ForumYear full = sample(freshCounty());
    ForumYear sparse =
        ImmutableForumYear.copyOf(sparse(full.countyId())).withEvents().withClock(Optional.empty()).withYear(2026);
    store.save(full, PROFILE, 0, change("full"));

    store.save(sparse, PROFILE, 1, change("sparse"));
    store.save(full, PROFILE, 2, change("full again"));

    assertEquals(StoredYear.of(full, PROFILE, 3), store.find(full.key()).orElseThrow());
  }

  /** The retention purge empties comment authors and removes participants' persons; the rest stays. */
  @Test
  void aPurgedYearRoundTrips() {
    JdbcForumYears store = store();
    ForumYear year = sample(freshCounty());
    store.save(year, PROFILE, 0, change("plan"));
    ForumYear purged = PersonalDataPurge.purge(year,
        PolicyCalendar.of(ImmutablePolicyProfile.copyOf(SampleYears.profile()).withPersonalDataRetention(Period.ofDays(1))), Instant.parse("2030-01-01T00:00:00Z"));

    store.save(purged, PROFILE, 1, change("retention purge"));

    ForumYear stored = store.find(year.key()).orElseThrow().year();
    assertEquals(EventStamps.stamp(Optional.of(year), purged, AT), stored);
    assertTrue(stored.events().stream().flatMap(event -> event.feedbackWindow().stream())
        .flatMap(window -> window.comments().stream()).allMatch(comment -> comment.author().isEmpty()));
    assertTrue(stored.events().stream().flatMap(event -> event.participants().stream()).allMatch(participant -> participant.person().isEmpty()));
  }

  @Test
  void timesKeepTheirWallClockAndInstantsTheirInstantWhateverTheJvmZone() throws SQLException {
    JdbcForumYears store = store();
    ForumYear year = sample(freshCounty());
    Change change = ImmutableChange.copyOf(change("far away")).withAt(Instant.parse("2026-03-29T00:59:59.999999999Z"));
    TimeZone zone = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      store.save(year, PROFILE, 0, change);
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Pago_Pago"));

      assertEquals(year, store.find(year.key()).orElseThrow().year());
      assertEquals(change.at(), store.history(year.key()).get(0).at());
    } finally {
      TimeZone.setDefault(zone);
    }
    // what other SQL clients see in the events: Helsinki wall-clock times as written, instants at their UTC instant
    try (Connection connection = dataSource().getConnection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT starts_local, starts_at FROM forum_event WHERE county_id = ? AND event_id = 'foorumi-2026-1'")) {
      select.setString(1, year.countyId());
      try (ResultSet result = select.executeQuery()) {
        result.next();
        assertEquals("2026-03-11T13:00", result.getString(1));
        assertEquals(Instant.parse("2026-03-11T11:00:00Z"), result.getObject(2, java.time.OffsetDateTime.class).toInstant());
      }
    }
  }

  /** Whichever statement of a save fails, including the commit, the year stays as it was. */
  @Test
  void aSaveThatFailsAtAnyStatementLeavesThePreviousState() {
    JdbcForumYears store = store();
    ForumYear year = sample(freshCounty());
    StoredYear before = store.save(year, PROFILE, 0, change("plan"));
    ForumYear changed = sparse(year.countyId());
    ForumYear edited = ImmutableForumYear.copyOf(year).withEvents(year.events().subList(1, year.events().size()))
        .withPlaybook(changed.playbook()).withPermanentMembers(changed.permanentMembers());

    FailingDataSource failingDatabase = new FailingDataSource(dataSource());
    JdbcForumYears faulty = JdbcForumYears.migrate(failingDatabase.dataSource());
    int failing = 1;
    boolean saved = false;
    while (!saved) {
      failingDatabase.failAt(failing);
      try {
        faulty.save(edited, PROFILE, 1, change("edit"));
        saved = true;
      } catch (StorageFailure failure) {
        assertTrue(failure.getCause().getMessage().contains("injected fault at execution " + failing), failure.getMessage());
        assertEquals(before, store.find(year.key()).orElseThrow(), "after a fault at execution " + failing);
        assertEquals(1, store.history(year.key()).size());
        failing++;
      }
    }

    assertTrue(failing > 4, "the save ran only " + failing + " statements");
    assertEquals(StoredYear.of(edited, PROFILE, 2), store.find(year.key()).orElseThrow());
  }

  @Test
  void aNewYearThatFailsHalfwayIsNotStoredAtAll() {
    ForumYear year = sample(freshCounty());
    FailingDataSource failingDatabase = new FailingDataSource(dataSource());
    JdbcForumYears faulty = JdbcForumYears.migrate(failingDatabase.dataSource());
    failingDatabase.failAt(4);

    assertThrows(StorageFailure.class, () -> faulty.save(year, PROFILE, 0, change("plan")));

    JdbcForumYears store = store();
    assertTrue(store.find(year.key()).isEmpty());
    assertTrue(store.years(year.countyId()).isEmpty());
    assertTrue(store.history(year.key()).isEmpty());
    assertEquals(StoredYear.of(year, PROFILE, 1), store.save(year, PROFILE, 0, change("plan again")));
  }

  /** The contract races writers of a stored year; creating one races on the unique key instead. */
  @Test
  void ofConcurrentCreatorsOfOneYearExactlyOneWins() throws InterruptedException, ExecutionException {
    JdbcForumYears store = store();
    ForumYear year = sample(freshCounty());
    int creators = 6;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(creators);
    try {
      List<Future<String>> outcomes = new ArrayList<>();
      for (int creator = 0; creator < creators; creator++) {
        String summary = "creator " + creator;
        outcomes.add(pool.submit(() -> {
          start.await();
          try {
            store.save(year, PROFILE, 0, change(summary));
            return "won";
          } catch (VersionConflict conflict) {
            return "conflict at version " + conflict.actualVersion();
          }
        }));
      }
      start.countDown();
      List<String> results = new ArrayList<>();
      for (Future<String> outcome : outcomes) {
        results.add(outcome.get(60, TimeUnit.SECONDS));
      }

      assertEquals(1, results.stream().filter("won"::equals).count(), results.toString());
      assertEquals(creators - 1, results.stream().filter("conflict at version 1"::equals).count(), results.toString());
      assertEquals(StoredYear.of(year, PROFILE, 1), store.find(year.key()).orElseThrow());
      assertEquals(1, store.history(year.key()).size());
    } catch (TimeoutException e) {
      throw new AssertionError("a creator did not finish", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** A load runs many queries; a save committed between them must not give a mix of two versions. */
  @Test
  void aLoadDuringSavesSeesOneVersionWhole() throws Exception {
    JdbcForumYears store = store();
    ForumYear full = sample(freshCounty());
    ForumYear other = ImmutableForumYear.copyOf(full).withEvents(full.events().reverse()).withPermanentMembers(SampleYears.SOSTE);
    store.save(full, PROFILE, 0, change("plan"));
    int saves = 20;
    ExecutorService writer = Executors.newSingleThreadExecutor();
    try {
      Future<?> writing = writer.submit(() -> {
        for (int version = 1; version <= saves; version++) {
          store.save(version % 2 == 0 ? full : other, PROFILE, version, change("flip"));
        }
        return null;
      });
      while (!writing.isDone()) {
        StoredYear read = store.find(full.key()).orElseThrow();
        ForumYear expected = read.version() % 2 == 1 ? full : other;
        assertTrue(expected.equals(read.year()), () -> "version " + read.version() + " was read mixed with another version");
      }
      writing.get(60, TimeUnit.SECONDS);
    } finally {
      writer.shutdownNow();
    }
  }

  @Test
  void theSchemaRefusesInconsistentRowsItself() throws SQLException {
    JdbcForumYears store = store();
    ForumYear year = sample(freshCounty());
    store.save(year, PROFILE, 0, change("plan"));
    try (Connection connection = dataSource().getConnection()) {
      String county = "'" + year.countyId() + "'";
      assertRefused(connection, "UPDATE forum_year SET current_version = 0 WHERE county_id = " + county);
      assertRefused(connection, "UPDATE forum_year_version SET changed_at_nanos = 1000 WHERE county_id = " + county);
      assertRefused(connection, "INSERT INTO forum_year_version (county_id, calendar_year, version, storage_format, profile_id,"
          + " profile_version, actor, changed_at, changed_at_nanos, summary, request_id, document)"
          + " SELECT county_id, 1999, 1, storage_format, profile_id, profile_version, actor, changed_at, changed_at_nanos, summary,"
          + " request_id, document FROM forum_year_version WHERE county_id = " + county);
      assertRefused(connection, "INSERT INTO forum_event (county_id, calendar_year, event_id, kind, status, title, starts_local,"
          + " ends_local, starts_at, ends_at) SELECT county_id, calendar_year, event_id, kind, status, title, starts_local, ends_local,"
          + " starts_at, ends_at FROM forum_event WHERE county_id = " + county);
    }
    assertEquals(StoredYear.of(year, PROFILE, 1), store.find(year.key()).orElseThrow());
  }

  @Test
  void aDocumentChangedByHandIntoAnotherYearIsAStorageFailureNamingTheYear() throws SQLException {
    JdbcForumYears store = store();
    ForumYear year = sample(freshCounty());
    store.save(year, PROFILE, 0, change("plan"));
    try (Connection connection = dataSource().getConnection();
        PreparedStatement update = connection.prepareStatement(
            "UPDATE forum_year_version SET document = (SELECT document FROM forum_year_version WHERE county_id = ? AND version = 1)"
                + " WHERE county_id = ?")) {
      ForumYear other = sample(freshCounty());
      store.save(other, PROFILE, 0, change("another county"));
      update.setString(1, other.countyId());
      update.setString(2, year.countyId());
      update.executeUpdate();
    }

    StorageFailure failure = assertThrows(StorageFailure.class, () -> store.find(year.key()));

    assertTrue(failure.getMessage().contains(year.countyId() + "/2026 version 1"), failure.getMessage());
  }

  @Test
  void aProcessWithoutTheRightToMigrateUsesAMigratedSchemaAndChangesNothing() {
    ForumYear year = sample(freshCounty());
    store().save(year, PROFILE, 0, change("plan"));

    JdbcForumYears reader = JdbcForumYears.withoutMigrating(dataSource());

    assertEquals(StoredYear.of(year, PROFILE, 1), reader.find(year.key()).orElseThrow());
  }

  @Test
  void migratingAgainChangesNothing() {
    ForumYear year = sample(freshCounty());
    store().save(year, PROFILE, 0, change("plan"));

    assertEquals(StoredYear.of(year, PROFILE, 1), store().find(year.key()).orElseThrow());
  }

  @Test
  void theReportingViewShowsEachCurrentEventWithHelsinkiTimesAndWhoStoredIt() throws SQLException {
    JdbcForumYears store = store();
    ForumYear year = sample(freshCounty());
    store.save(year, PROFILE, 0, change("plan"));
    store.save(year, PROFILE, 1, change("again"));

    try (Connection connection = dataSource().getConnection();
        PreparedStatement select = connection.prepareStatement("SELECT event_id, starts_helsinki, starts_at, version, stored_by"
            + " FROM forum_event_report WHERE county_id = ? ORDER BY starts_at, event_id")) {
      select.setString(1, year.countyId());
      try (ResultSet result = select.executeQuery()) {
        for (ForumEvent event : year.events().stream().sorted(java.util.Comparator.comparing(ForumEvent::start)
            .thenComparing(ForumEvent::id)).toList()) {
          assertTrue(result.next(), "a row for " + event.id());
          assertEquals(event.id(), result.getString("event_id"));
          assertEquals(event.start(), result.getObject("starts_helsinki", LocalDateTime.class));
          assertEquals(event.startInstant(), result.getObject("starts_at", java.time.OffsetDateTime.class).toInstant());
          assertEquals(2, result.getLong("version"));
          assertEquals("sihteeri", result.getString("stored_by"));
        }
        assertTrue(!result.next(), "only the current version's events");
      }
    }
  }

  private static void assertRefused(Connection connection, String sql) {
    assertThrows(SQLException.class, () -> {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.executeUpdate();
      }
    }, sql);
  }
}
