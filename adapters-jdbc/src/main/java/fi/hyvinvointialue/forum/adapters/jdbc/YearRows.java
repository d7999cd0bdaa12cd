package fi.hyvinvointialue.forum.adapters.jdbc;

import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.AnnualClock;
import fi.hyvinvointialue.forum.domain.Announcement;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.CommunicationEntry;
import fi.hyvinvointialue.forum.domain.CommunicationPlan;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.DecisionPath;
import fi.hyvinvointialue.forum.domain.FeedbackComment;
import fi.hyvinvointialue.forum.domain.FeedbackWindow;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.Memo;
import fi.hyvinvointialue.forum.domain.MemoDelivery;
import fi.hyvinvointialue.forum.domain.MemoItem;
import fi.hyvinvointialue.forum.domain.Organisation;
import fi.hyvinvointialue.forum.domain.Participant;
import fi.hyvinvointialue.forum.domain.PartnershipAgreement;
import fi.hyvinvointialue.forum.domain.Playbook;
import fi.hyvinvointialue.forum.domain.Publication;
import fi.hyvinvointialue.forum.domain.Recording;
import fi.hyvinvointialue.forum.domain.Registration;
import fi.hyvinvointialue.forum.domain.RemoteConnection;
import fi.hyvinvointialue.forum.domain.Signature;
import fi.hyvinvointialue.forum.domain.Venue;
import fi.hyvinvointialue.forum.domain.VitalityPledge;
import fi.hyvinvointialue.forum.domain.WorkingGroup;
import fi.hyvinvointialue.forum.domain.WorkingGroupMember;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A forum year as the rows of its child tables, computed before any statement runs. */
final class YearRows {
  private final Map<Table, List<Object[]>> rows = new EnumMap<>(Table.class);

  private YearRows() {}

  /**
   * The rows without the year's id, each table's in list order, the tables in an order that inserts
   * parents first. A value the database cannot keep is refused here, before any statement runs.
   */
  static Map<Table, List<Object[]>> of(ForumYear year) {
    YearRows rows = new YearRows();
    year.clock().ifPresent(rows::clock);
    for (int pos = 0; pos < year.events().size(); pos++) {
      rows.event(pos, year.events().get(pos));
    }
    year.workingGroup().ifPresent(rows::workingGroup);
    year.communicationPlan().ifPresent(rows::communicationPlan);
    rows.organisations(Table.PERMANENT_MEMBER, year.permanentMembers());
    year.partnershipAgreement().ifPresent(rows::agreement);
    year.playbook().ifPresent(rows::playbook);
    return rows.rows;
  }

  private void add(Table table, RowValues row) {
    rows.computeIfAbsent(table, any -> new ArrayList<>()).add(row.toArray(table));
  }

  /** A row that starts with the given positions. */
  private static RowValues row(int... positions) {
    RowValues row = new RowValues();
    for (int pos : positions) {
      row.value(pos);
    }
    return row;
  }

  private void clock(AnnualClock clock) {
    add(Table.ANNUAL_CLOCK, row());
    forEach(clock.decisions(), (pos, decision) -> add(Table.CLOCK_DECISION,
        row(pos).values(decision.id(), decision.title(), decision.kind(), decision.body(), decision.bodyName(), decision.date())));
    forEach(clock.themes(), (pos, theme) -> theme(pos, theme));
  }

  private void theme(int pos, ClockTheme theme) {
    add(Table.CLOCK_THEME, row(pos).values(theme.id(), theme.title(), theme.kind()));
    forEach(theme.decisionIds(), (line, id) -> add(Table.CLOCK_THEME_DECISION, row(pos, line).value(id)));
  }

  private void event(int pos, ForumEvent event) {
    String field = "event[" + event.id() + "]";
    add(Table.FORUM_EVENT,
        row(pos)
            .values(event.id(), event.kind(), event.title())
            .wallTime(event.start(), field + ".start")
            .wallTime(event.end(), field + ".end")
            .values(event.status(), event.access())
            .values(event.venue().map(Venue::name), event.venue().flatMap(Venue::address),
                event.venue().flatMap(Venue::municipality))
            .values(event.remoteConnection().map(RemoteConnection::uri),
                event.remoteConnection().flatMap(RemoteConnection::platform))
            .organisation(event.convener())
            .person(event.chair())
            .person(event.secretary())
            .value(event.additionalReason())
            .instant(event.created())
            .instant(event.lastModified())
            .value(event.sequence()));
    forEach(event.participants(), (line, participant) -> participant(pos, line, participant));
    forEach(event.registrations(), (line, registration) -> registration(pos, line, registration));
    forEach(event.agenda(), (line, item) -> agendaItem(pos, line, item));
    forEach(event.publications(), (line, publication) -> publication(pos, line, publication, field));
    forEach(event.announcements(), (line, announcement) -> announcement(pos, line, announcement, field));
    event.feedbackWindow().ifPresent(window -> feedbackWindow(pos, window, field));
    event.recording().ifPresent(recording -> recording(pos, recording, field));
    event.memo().ifPresent(memo -> memo(pos, memo, field));
  }

  private void participant(int event, int pos, Participant participant) {
    add(Table.EVENT_PARTICIPANT,
        row(event, pos).value(participant.role()).person(participant.person()).value(participant.count()));
  }

  private void registration(int event, int pos, Registration registration) {
    add(Table.EVENT_REGISTRATION,
        row(event, pos)
            .organisation(registration.organisation())
            .values(registration.operatesInRegion(), registration.accepted(), registration.reason()));
  }

  private void agendaItem(int event, int pos, AgendaItem item) {
    add(Table.AGENDA_ITEM,
        row(event, pos)
            .values(item.id(), item.title(), item.topic())
            .person(item.presenter())
            .values(item.themeId(), item.decisionPath().flatMap(DecisionPath::decisionId),
                item.decisionPath().map(DecisionPath::description)));
    forEach(item.strategicGoals(), (line, goal) -> add(Table.AGENDA_ITEM_GOAL, row(event, pos, line).value(goal)));
  }

  private void publication(int event, int pos, Publication publication, String field) {
    add(Table.EVENT_PUBLICATION,
        row(event, pos)
            .values(publication.material(), publication.channel())
            .wallTime(publication.publishedAt(), field + ".publications[" + pos + "].publishedAt")
            .value(publication.uri()));
  }

  private void announcement(int event, int pos, Announcement announcement, String field) {
    add(Table.EVENT_ANNOUNCEMENT,
        row(event, pos)
            .value(announcement.channel())
            .wallTime(announcement.announcedAt(), field + ".announcements[" + pos + "].announcedAt")
            .value(announcement.uri()));
  }

  private void feedbackWindow(int event, FeedbackWindow window, String field) {
    add(Table.FEEDBACK_WINDOW,
        row(event)
            .wallTime(window.opensAt(), field + ".feedbackWindow.opensAt")
            .wallTime(window.closesAt(), field + ".feedbackWindow.closesAt")
            .value(window.uri()));
    forEach(window.comments(), (pos, comment) -> feedbackComment(event, pos, comment, field));
  }

  private void feedbackComment(int event, int pos, FeedbackComment comment, String field) {
    add(Table.FEEDBACK_COMMENT,
        row(event, pos)
            .value(comment.id())
            .wallTime(comment.receivedAt(), field + ".feedbackWindow.comments[" + comment.id() + "].receivedAt")
            .values(comment.text(), comment.author()));
  }

  private void recording(int event, Recording recording, String field) {
    add(Table.EVENT_RECORDING,
        row(event)
            .wallTime(recording.publishedAt(), field + ".recording.publishedAt")
            .wallTime(recording.removedAt(), field + ".recording.removedAt")
            .values(recording.uri(), recording.accessible()));
  }

  private void memo(int event, Memo memo, String field) {
    add(Table.MEMO,
        row(event)
            .wallTime(memo.completedAt(), field + ".memo.completedAt")
            .values(memo.coversDiscussion(), memo.coversFeedback())
            .wallTime(memo.reviewedAt(), field + ".memo.reviewedAt")
            .wallTime(memo.publishedAt(), field + ".memo.publishedAt"));
    forEach(memo.includedCommentIds(), (pos, id) -> add(Table.MEMO_COMMENT, row(event, pos).value(id)));
    forEach(memo.items(), (pos, item) -> memoItem(event, pos, item));
    forEach(memo.deliveries(), (pos, delivery) -> memoDelivery(event, pos, delivery, field));
  }

  private void memoItem(int event, int pos, MemoItem item) {
    add(Table.MEMO_ITEM, row(event, pos).values(item.agendaItemId(), item.decisionHandling()));
  }

  private void memoDelivery(int event, int pos, MemoDelivery delivery, String field) {
    add(Table.MEMO_DELIVERY,
        row(event, pos)
            .values(delivery.recipientKind(), delivery.recipient())
            .wallTime(delivery.deliveredAt(), field + ".memo.deliveries[" + pos + "].deliveredAt"));
  }

  private void workingGroup(WorkingGroup group) {
    add(Table.WORKING_GROUP, row().values(group.termStart(), group.termEnd(), group.appointedOn()));
    forEach(group.members(), this::member);
  }

  private void member(int pos, WorkingGroupMember member) {
    add(Table.WORKING_GROUP_MEMBER,
        row(pos)
            .value(member.name())
            .organisation(member.organisation())
            .values(member.role(), member.industryCode(), member.sizeClass(), member.subRegion(),
                member.memberFrom(), member.memberUntil()));
  }

  private void communicationPlan(CommunicationPlan plan) {
    add(Table.COMMUNICATION_PLAN, row());
    forEach(plan.channels(), (pos, channel) -> add(Table.COMMUNICATION_CHANNEL, row(pos).value(channel)));
    organisations(Table.COMMUNICATION_PARTNER, plan.partners());
    forEach(plan.entries(), (pos, entry) -> communicationEntry(pos, entry));
  }

  private void communicationEntry(int pos, CommunicationEntry entry) {
    add(Table.COMMUNICATION_ENTRY, row(pos).values(entry.eventId(), entry.channel(), entry.plannedOn()));
  }

  private void agreement(PartnershipAgreement agreement) {
    add(Table.PARTNERSHIP_AGREEMENT, row().values(agreement.title(), agreement.written()));
    forEach(agreement.sharedGoals(), (pos, goal) -> add(Table.AGREEMENT_GOAL, row(pos).value(goal)));
    organisations(Table.AGREEMENT_PARTY, agreement.parties());
    forEach(agreement.signatures(), this::signature);
    agreement.vitalityPledge().ifPresent(this::pledge);
  }

  private void signature(int pos, Signature signature) {
    add(Table.AGREEMENT_SIGNATURE, row(pos).values(signature.party(), signature.signatory(), signature.signedOn()));
  }

  private void pledge(VitalityPledge pledge) {
    add(Table.VITALITY_PLEDGE, row().value(pledge.committedOn()));
    forEach(pledge.parties(), (pos, party) -> add(Table.PLEDGE_PARTY, row(pos).value(party)));
  }

  private void playbook(Playbook playbook) {
    add(Table.PLAYBOOK, row().values(playbook.title(), playbook.adoptedOn()));
    forEach(playbook.sections(), (pos, section) -> add(Table.PLAYBOOK_SECTION, row(pos).value(section)));
    organisations(Table.PLAYBOOK_AUTHOR, playbook.authors());
  }

  private void organisations(Table table, List<Organisation> organisations) {
    forEach(organisations, (pos, organisation) -> add(table, row(pos).organisation(organisation)));
  }

  private interface Positioned<T> {
    void accept(int pos, T value);
  }

  /** Each value with its position in the collection's iteration order, which is the order kept. */
  private static <T> void forEach(Collection<T> values, Positioned<T> action) {
    int pos = 0;
    for (T value : values) {
      action.accept(pos++, value);
    }
  }
}
