package fi.hyvinvointialue.forum.planning;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.AnnualClock;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.CommunicationEntry;
import fi.hyvinvointialue.forum.domain.CommunicationPlan;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.DecisionPath;
import fi.hyvinvointialue.forum.domain.EventKind;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a year is re-planned from a day ({@link PlanningRequest#replanFrom()}), the events of its
 * plan that stay as they are: held before that day, marked held, or announced by it. Without
 * re-planning there are none.
 */
final class KeptEvents {
  private final ImmutableList<ForumEvent> events;
  private final Optional<AnnualClock> clock;
  private final Optional<CommunicationPlan> communication;

  KeptEvents(PlanningRequest request) {
    Optional<ForumYear> plan = request.replanFrom().flatMap(from -> request.base());
    this.events = request.replanFrom()
        .map(from -> plan.orElseThrow().events().stream().filter(event -> isKept(event, from)).collect(ImmutableList.toImmutableList()))
        .orElse(ImmutableList.of());
    this.clock = plan.flatMap(ForumYear::clock);
    this.communication = plan.flatMap(ForumYear::communicationPlan);
  }

  private static boolean isKept(ForumEvent event, LocalDate from) {
    return event.start().toLocalDate().isBefore(from)
        || event.status() == EventStatus.HELD
        || event.announcements().stream().anyMatch(announcement -> announcement.announcedAt().toLocalDate().isBefore(from));
  }

  ImmutableList<ForumEvent> events() {
    return events;
  }

  /** The kept open forums that are not cancelled: they count towards the forums wanted. */
  ImmutableList<ForumEvent> forums() {
    return events.stream().filter(event -> event.kind() == EventKind.OPEN_FORUM && event.status() != EventStatus.CANCELLED)
        .collect(ImmutableList.toImmutableList());
  }

  /** The day of the last kept forum: the planned forums come after it. */
  Optional<LocalDate> lastForumDay() {
    return forums().stream().map(event -> event.start().toLocalDate()).max(Comparator.naturalOrder());
  }

  /** The themes the kept forums take up: they are not placed again. */
  ImmutableSet<String> themeIds() {
    return events.stream().flatMap(event -> event.agenda().stream()).flatMap(item -> item.themeId().stream())
        .collect(ImmutableSet.toImmutableSet());
  }

  /** The plan's clock themes the kept events take up that the request has not: the kept agenda needs them. */
  ImmutableList<ClockTheme> carriedThemes(Set<String> requestThemeIds) {
    Set<String> taken = themeIds();
    return clock.stream().flatMap(theClock -> theClock.themes().stream())
        .filter(theme -> taken.contains(theme.id()) && !requestThemeIds.contains(theme.id()))
        .collect(ImmutableList.toImmutableList());
  }

  /** The plan's decisions the carried themes or the kept agenda refer to that the request has not. */
  ImmutableList<Decision> carriedDecisions(Set<String> requestThemeIds, Set<String> requestDecisionIds) {
    Set<String> referred = carriedThemes(requestThemeIds).stream().flatMap(theme -> theme.decisionIds().stream())
        .collect(Collectors.toSet());
    events.stream().flatMap(event -> event.agenda().stream()).map(AgendaItem::decisionPath)
        .flatMap(Optional::stream).map(DecisionPath::decisionId).flatMap(Optional::stream).forEach(referred::add);
    return clock.stream().flatMap(theClock -> theClock.decisions().stream())
        .filter(decision -> referred.contains(decision.id()) && !requestDecisionIds.contains(decision.id()))
        .collect(ImmutableList.toImmutableList());
  }

  /** The plan's communication entries for the kept events. */
  ImmutableList<CommunicationEntry> communicationEntries() {
    Set<String> ids = events.stream().map(ForumEvent::id).collect(Collectors.toSet());
    return communication.stream().flatMap(plan -> plan.entries().stream()).filter(entry -> ids.contains(entry.eventId()))
        .collect(ImmutableList.toImmutableList());
  }
}
