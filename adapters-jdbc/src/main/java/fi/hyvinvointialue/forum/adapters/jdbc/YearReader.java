package fi.hyvinvointialue.forum.adapters.jdbc;

import fi.hyvinvointialue.forum.domain.Access;
import fi.hyvinvointialue.forum.domain.BodyKind;
import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.DecisionKind;
import fi.hyvinvointialue.forum.domain.EventKind;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableAgendaItem;
import fi.hyvinvointialue.forum.domain.ImmutableAnnouncement;
import fi.hyvinvointialue.forum.domain.ImmutableAnnualClock;
import fi.hyvinvointialue.forum.domain.ImmutableClockTheme;
import fi.hyvinvointialue.forum.domain.ImmutableCommunicationEntry;
import fi.hyvinvointialue.forum.domain.ImmutableCommunicationPlan;
import fi.hyvinvointialue.forum.domain.ImmutableDecision;
import fi.hyvinvointialue.forum.domain.ImmutableDecisionPath;
import fi.hyvinvointialue.forum.domain.ImmutableFeedbackComment;
import fi.hyvinvointialue.forum.domain.ImmutableFeedbackWindow;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableMemo;
import fi.hyvinvointialue.forum.domain.ImmutableMemoDelivery;
import fi.hyvinvointialue.forum.domain.ImmutableMemoItem;
import fi.hyvinvointialue.forum.domain.ImmutableParticipant;
import fi.hyvinvointialue.forum.domain.ImmutablePartnershipAgreement;
import fi.hyvinvointialue.forum.domain.ImmutablePlaybook;
import fi.hyvinvointialue.forum.domain.ImmutablePublication;
import fi.hyvinvointialue.forum.domain.ImmutableRecording;
import fi.hyvinvointialue.forum.domain.ImmutableRegistration;
import fi.hyvinvointialue.forum.domain.ImmutableRemoteConnection;
import fi.hyvinvointialue.forum.domain.ImmutableSignature;
import fi.hyvinvointialue.forum.domain.ImmutableVenue;
import fi.hyvinvointialue.forum.domain.ImmutableVitalityPledge;
import fi.hyvinvointialue.forum.domain.ImmutableWorkingGroup;
import fi.hyvinvointialue.forum.domain.ImmutableWorkingGroupMember;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.MemberRole;
import fi.hyvinvointialue.forum.domain.ParticipantRole;
import fi.hyvinvointialue.forum.domain.PlaybookSection;
import fi.hyvinvointialue.forum.domain.RecipientKind;
import fi.hyvinvointialue.forum.domain.SizeClass;
import fi.hyvinvointialue.forum.domain.StrategicGoal;
import fi.hyvinvointialue.forum.domain.ThemeKind;
import fi.hyvinvointialue.forum.domain.TopicKind;
import fi.hyvinvointialue.forum.domain.YearKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads one stored year with one query per table (never one per event or item) and assembles the
 * values. Rows come in position order, so appending to the builders keeps every list's order.
 */
final class YearReader {
  private static final String DATA_EXCEPTION = "22000";

  private final Connection connection;
  private final long yearId;

  private YearReader(Connection connection, long yearId) {
    this.connection = connection;
    this.yearId = yearId;
  }

  /**
   * The stored year. Rows the model refuses (changed by hand, say) are a data exception naming the
   * year, not a crash.
   */
  static ForumYear read(Connection connection, long yearId, YearKey key) throws SQLException {
    try {
      return new YearReader(connection, yearId).year(key);
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw new SQLException(
          "the stored rows of forum year " + key.countyId() + "/" + key.year() + " are not a consistent forum year: "
              + e.getMessage(),
          DATA_EXCEPTION, e);
    }
  }

  private ForumYear year(YearKey key) throws SQLException {
    ImmutableForumYear.Builder year = ImmutableForumYear.builder().countyId(key.countyId()).year(key.year());
    if (exists(Table.ANNUAL_CLOCK)) {
      year.clock(clock(key.year()));
    }
    year.addAllEvents(events());
    workingGroup().ifPresent(year::workingGroup);
    if (exists(Table.COMMUNICATION_PLAN)) {
      year.communicationPlan(communicationPlan());
    }
    each(Table.PERMANENT_MEMBER, row -> year.addPermanentMembers(row.organisation("org")));
    agreement().ifPresent(year::partnershipAgreement);
    playbook().ifPresent(year::playbook);
    return year.build();
  }

  private ImmutableAnnualClock clock(int calendarYear) throws SQLException {
    ImmutableAnnualClock.Builder clock = ImmutableAnnualClock.builder().year(calendarYear);
    each(Table.CLOCK_DECISION, row -> clock.addDecisions(
        ImmutableDecision.builder()
            .id(row.text("decision_id"))
            .title(row.text("title"))
            .kind(row.named(DecisionKind.class, "kind"))
            .body(row.named(BodyKind.class, "body"))
            .bodyName(row.text("body_name"))
            .date(row.date("decided_on"))
            .build()));
    Map<Integer, ImmutableClockTheme.Builder> themes = new LinkedHashMap<>();
    each(Table.CLOCK_THEME, row -> themes.put(row.integer("pos"),
        ImmutableClockTheme.builder()
            .id(row.text("theme_id"))
            .title(row.text("title"))
            .kind(row.named(ThemeKind.class, "kind"))));
    each(Table.CLOCK_THEME_DECISION, row -> themes.get(row.integer("theme_pos")).addDecisionIds(row.text("decision_id")));
    themes.values().forEach(theme -> clock.addThemes(theme.build()));
    return clock.build();
  }

  private List<ImmutableForumEvent> events() throws SQLException {
    Map<Integer, ImmutableForumEvent.Builder> events = new LinkedHashMap<>();
    each(Table.FORUM_EVENT, row -> events.put(row.integer("pos"), event(row)));
    if (events.isEmpty()) {
      return List.of();
    }
    each(Table.EVENT_PARTICIPANT, row -> {
      ImmutableParticipant.Builder participant =
          ImmutableParticipant.builder().role(row.named(ParticipantRole.class, "role")).count(row.integer("head_count"));
      row.optionalPerson("person").ifPresent(participant::person);
      events.get(row.integer("event_pos")).addParticipants(participant.build());
    });
    each(Table.EVENT_REGISTRATION, row -> {
      ImmutableRegistration.Builder registration =
          ImmutableRegistration.builder()
              .organisation(row.organisation("org"))
              .operatesInRegion(row.flag("operates_in_region"))
              .accepted(row.flag("accepted"));
      row.optionalText("reason").ifPresent(registration::reason);
      events.get(row.integer("event_pos")).addRegistrations(registration.build());
    });
    agenda(events);
    each(Table.EVENT_PUBLICATION, row -> {
      ImmutablePublication.Builder publication =
          ImmutablePublication.builder()
              .material(row.named(MaterialKind.class, "material"))
              .channel(row.named(Channel.class, "channel"))
              .publishedAt(row.wallTime("published_at"));
      row.optionalUri("uri").ifPresent(publication::uri);
      events.get(row.integer("event_pos")).addPublications(publication.build());
    });
    each(Table.EVENT_ANNOUNCEMENT, row -> {
      ImmutableAnnouncement.Builder announcement =
          ImmutableAnnouncement.builder()
              .channel(row.named(Channel.class, "channel"))
              .announcedAt(row.wallTime("announced_at"));
      row.optionalUri("uri").ifPresent(announcement::uri);
      events.get(row.integer("event_pos")).addAnnouncements(announcement.build());
    });
    feedback(events);
    each(Table.EVENT_RECORDING, row -> {
      ImmutableRecording.Builder recording = ImmutableRecording.builder().accessible(row.flag("accessible"));
      row.optionalWallTime("published_at").ifPresent(recording::publishedAt);
      row.optionalWallTime("removed_at").ifPresent(recording::removedAt);
      row.optionalUri("uri").ifPresent(recording::uri);
      events.get(row.integer("event_pos")).recording(recording.build());
    });
    memos(events);
    return events.values().stream().map(ImmutableForumEvent.Builder::build).toList();
  }

  private static ImmutableForumEvent.Builder event(Columns row) throws SQLException {
    ImmutableForumEvent.Builder event =
        ImmutableForumEvent.builder()
            .id(row.text("event_id"))
            .kind(row.named(EventKind.class, "kind"))
            .title(row.text("title"))
            .start(row.wallTime("starts_at"))
            .end(row.wallTime("ends_at"))
            .status(row.named(EventStatus.class, "status"))
            .access(row.named(Access.class, "access"))
            .sequence(row.integer("sequence_no"));
    Optional<String> venue = row.optionalText("venue_name");
    if (venue.isPresent()) {
      event.venue(
          ImmutableVenue.builder()
              .name(venue.get())
              .address(row.optionalText("venue_address"))
              .municipality(row.optionalText("venue_municipality"))
              .build());
    }
    Optional<String> remote = row.optionalText("remote_uri");
    if (remote.isPresent()) {
      event.remoteConnection(
          ImmutableRemoteConnection.builder()
              .uri(row.uri("remote_uri"))
              .platform(row.optionalText("remote_platform"))
              .build());
    }
    row.optionalOrganisation("convener").ifPresent(event::convener);
    row.optionalPerson("chair").ifPresent(event::chair);
    row.optionalPerson("secretary").ifPresent(event::secretary);
    row.optionalText("additional_reason").ifPresent(event::additionalReason);
    row.optionalInstant("created_at").ifPresent(event::created);
    row.optionalInstant("last_modified_at").ifPresent(event::lastModified);
    return event;
  }

  private void agenda(Map<Integer, ImmutableForumEvent.Builder> events) throws SQLException {
    Map<Position, ImmutableAgendaItem.Builder> items = new LinkedHashMap<>();
    each(Table.AGENDA_ITEM, row -> {
      ImmutableAgendaItem.Builder item =
          ImmutableAgendaItem.builder()
              .id(row.text("item_id"))
              .title(row.text("title"))
              .topic(row.named(TopicKind.class, "topic"));
      row.optionalPerson("presenter").ifPresent(item::presenter);
      row.optionalText("theme_id").ifPresent(item::themeId);
      Optional<String> path = row.optionalText("path_description");
      if (path.isPresent()) {
        item.decisionPath(
            ImmutableDecisionPath.builder().description(path.get()).decisionId(row.optionalText("path_decision_id")).build());
      }
      items.put(new Position(row.integer("event_pos"), row.integer("pos")), item);
    });
    each(Table.AGENDA_ITEM_GOAL, row -> items.get(new Position(row.integer("event_pos"), row.integer("item_pos")))
        .addStrategicGoals(row.named(StrategicGoal.class, "goal")));
    items.forEach((position, item) -> events.get(position.event()).addAgenda(item.build()));
  }

  private void feedback(Map<Integer, ImmutableForumEvent.Builder> events) throws SQLException {
    Map<Integer, ImmutableFeedbackWindow.Builder> windows = new LinkedHashMap<>();
    each(Table.FEEDBACK_WINDOW, row -> {
      ImmutableFeedbackWindow.Builder window =
          ImmutableFeedbackWindow.builder().opensAt(row.wallTime("opens_at")).closesAt(row.wallTime("closes_at"));
      row.optionalUri("uri").ifPresent(window::uri);
      windows.put(row.integer("event_pos"), window);
    });
    each(Table.FEEDBACK_COMMENT, row -> windows.get(row.integer("event_pos")).addComments(
        ImmutableFeedbackComment.builder()
            .id(row.text("comment_id"))
            .receivedAt(row.wallTime("received_at"))
            .text(row.text("comment_text"))
            .author(row.optionalText("author"))
            .build()));
    windows.forEach((event, window) -> events.get(event).feedbackWindow(window.build()));
  }

  private void memos(Map<Integer, ImmutableForumEvent.Builder> events) throws SQLException {
    Map<Integer, ImmutableMemo.Builder> memos = new LinkedHashMap<>();
    each(Table.MEMO, row -> {
      ImmutableMemo.Builder memo =
          ImmutableMemo.builder()
              .coversDiscussion(row.flag("covers_discussion"))
              .coversFeedback(row.flag("covers_feedback"));
      row.optionalWallTime("completed_at").ifPresent(memo::completedAt);
      row.optionalWallTime("reviewed_at").ifPresent(memo::reviewedAt);
      row.optionalWallTime("published_at").ifPresent(memo::publishedAt);
      memos.put(row.integer("event_pos"), memo);
    });
    if (memos.isEmpty()) {
      return;
    }
    each(Table.MEMO_COMMENT, row -> memos.get(row.integer("event_pos")).addIncludedCommentIds(row.text("comment_id")));
    each(Table.MEMO_ITEM, row -> memos.get(row.integer("event_pos")).addItems(
        ImmutableMemoItem.builder()
            .agendaItemId(row.text("agenda_item_id"))
            .decisionHandling(row.text("decision_handling"))
            .build()));
    each(Table.MEMO_DELIVERY, row -> memos.get(row.integer("event_pos")).addDeliveries(
        ImmutableMemoDelivery.builder()
            .recipientKind(row.named(RecipientKind.class, "recipient_kind"))
            .recipient(row.text("recipient"))
            .deliveredAt(row.wallTime("delivered_at"))
            .build()));
    memos.forEach((event, memo) -> events.get(event).memo(memo.build()));
  }

  private Optional<ImmutableWorkingGroup> workingGroup() throws SQLException {
    ImmutableWorkingGroup.Builder group = ImmutableWorkingGroup.builder();
    int groups = each(Table.WORKING_GROUP, row -> group
        .termStart(row.date("term_start"))
        .termEnd(row.date("term_end"))
        .appointedOn(row.optionalDate("appointed_on")));
    if (groups == 0) {
      return Optional.empty();
    }
    each(Table.WORKING_GROUP_MEMBER, row -> group.addMembers(
        ImmutableWorkingGroupMember.builder()
            .name(row.text("member_name"))
            .organisation(row.organisation("org"))
            .role(row.named(MemberRole.class, "role"))
            .industryCode(row.optionalText("industry_code"))
            .sizeClass(row.optionalNamed(SizeClass.class, "size_class"))
            .subRegion(row.optionalText("sub_region"))
            .memberFrom(row.date("member_from"))
            .memberUntil(row.date("member_until"))
            .build()));
    return Optional.of(group.build());
  }

  private ImmutableCommunicationPlan communicationPlan() throws SQLException {
    ImmutableCommunicationPlan.Builder plan = ImmutableCommunicationPlan.builder();
    each(Table.COMMUNICATION_CHANNEL, row -> plan.addChannels(row.named(Channel.class, "channel")));
    each(Table.COMMUNICATION_PARTNER, row -> plan.addPartners(row.organisation("org")));
    each(Table.COMMUNICATION_ENTRY, row -> plan.addEntries(
        ImmutableCommunicationEntry.builder()
            .eventId(row.text("event_id"))
            .channel(row.named(Channel.class, "channel"))
            .plannedOn(row.date("planned_on"))
            .build()));
    return plan.build();
  }

  private Optional<ImmutablePartnershipAgreement> agreement() throws SQLException {
    ImmutablePartnershipAgreement.Builder agreement = ImmutablePartnershipAgreement.builder();
    if (each(Table.PARTNERSHIP_AGREEMENT, row -> agreement.title(row.text("title")).written(row.flag("written"))) == 0) {
      return Optional.empty();
    }
    each(Table.AGREEMENT_GOAL, row -> agreement.addSharedGoals(row.text("goal")));
    each(Table.AGREEMENT_PARTY, row -> agreement.addParties(row.organisation("org")));
    each(Table.AGREEMENT_SIGNATURE, row -> agreement.addSignatures(
        ImmutableSignature.builder()
            .party(row.text("party"))
            .signatory(row.text("signatory"))
            .signedOn(row.date("signed_on"))
            .build()));
    ImmutableVitalityPledge.Builder pledge = ImmutableVitalityPledge.builder();
    if (each(Table.VITALITY_PLEDGE, row -> pledge.committedOn(row.date("committed_on"))) > 0) {
      each(Table.PLEDGE_PARTY, row -> pledge.addParties(row.text("party")));
      agreement.vitalityPledge(pledge.build());
    }
    return Optional.of(agreement.build());
  }

  private Optional<ImmutablePlaybook> playbook() throws SQLException {
    ImmutablePlaybook.Builder playbook = ImmutablePlaybook.builder();
    if (each(Table.PLAYBOOK, row -> playbook.title(row.text("title")).adoptedOn(row.optionalDate("adopted_on"))) == 0) {
      return Optional.empty();
    }
    each(Table.PLAYBOOK_SECTION, row -> playbook.addSections(row.named(PlaybookSection.class, "section")));
    each(Table.PLAYBOOK_AUTHOR, row -> playbook.addAuthors(row.organisation("org")));
    return Optional.of(playbook.build());
  }

  private boolean exists(Table table) throws SQLException {
    return each(table, row -> {}) > 0;
  }

  private interface RowHandler {
    void accept(Columns row) throws SQLException;
  }

  /** Hands each of the year's rows in the table to the handler, in position order; returns how many. */
  private int each(Table table, RowHandler handler) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(table.selectByYear())) {
      select.setLong(1, yearId);
      try (ResultSet result = select.executeQuery()) {
        Columns row = new Columns(result);
        int rows = 0;
        while (result.next()) {
          handler.accept(row);
          rows++;
        }
        return rows;
      }
    }
  }

  private record Position(int event, int item) {}
}
