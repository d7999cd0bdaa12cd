package fi.hyvinvointialue.forum.domain;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One county's forum year, planned or recorded: the unit that is checked, stored and published.
 *
 * <p>An event belongs to the year its start falls in (Helsinki time).
 */
@Value.Immutable
@ForumStyle
public interface ForumYear {
  String countyId();

  int year();

  Optional<AnnualClock> clock();

  ImmutableList<ForumEvent> events();

  Optional<WorkingGroup> workingGroup();

  Optional<CommunicationPlan> communicationPlan();

  /** The forum's permanent members (KE-1). */
  ImmutableList<Organisation> permanentMembers();

  Optional<PartnershipAgreement> partnershipAgreement();

  Optional<Playbook> playbook();

  default YearKey key() {
    return YearKey.of(countyId(), year());
  }

  default Optional<ForumEvent> event(String id) {
    return events().stream().filter(event -> event.id().equals(id)).findFirst();
  }

  @Value.Check
  default void check() {
    key();
    Checks.uniqueIds(events(), ForumEvent::id, "events");
    for (ForumEvent event : events()) {
      if (event.start().getYear() != year()) {
        throw new IllegalStateException(
            "event[" + event.id() + "].start (" + event.start() + ") is not in the year " + year());
      }
    }
    clock().ifPresent(clock -> checkClock(clock));
  }

  private void checkClock(AnnualClock clock) {
    if (clock.year() != year()) {
      throw new IllegalStateException("clock.year (" + clock.year() + ") must be the year " + year());
    }
    Set<String> themes = clock.themes().stream().map(ClockTheme::id).collect(Collectors.toSet());
    Set<String> decisions = clock.decisions().stream().map(Decision::id).collect(Collectors.toSet());
    for (ForumEvent event : events()) {
      for (AgendaItem item : event.agenda()) {
        String field = "event[" + event.id() + "].agenda[" + item.id() + "]";
        item.themeId().ifPresent(id -> Checks.references(themes, id, field + ".themeId"));
        item.decisionPath()
            .flatMap(DecisionPath::decisionId)
            .ifPresent(id -> Checks.references(decisions, id, field + ".decisionPath.decisionId"));
      }
    }
  }
}
