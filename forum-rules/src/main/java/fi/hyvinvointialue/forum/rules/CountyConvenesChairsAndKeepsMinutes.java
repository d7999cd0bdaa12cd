package fi.hyvinvointialue.forum.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.Organisation;
import fi.hyvinvointialue.forum.domain.OrganisationKind;
import fi.hyvinvointialue.forum.domain.Person;
import java.util.Optional;

/**
 * TL-3.1: the county convenes the forum, chairs it and keeps the minutes. The convener is needed in the
 * plan; the chair and the secretary may be named up to the start.
 */
final class CountyConvenesChairsAndKeepsMinutes extends EventRule {
  CountyConvenesChairsAndKeepsMinutes() {
    super("county-convenes-chairs-and-keeps-minutes", "TL-3.1");
  }

  @Override
  void check(CheckContext context, ForumEvent event, ImmutableList.Builder<Finding> findings) {
    boolean started = context.isDue(event.start());
    role(event, "convener", event.convener(), true, findings);
    role(event, "chair", event.chair().flatMap(Person::organisation), started || event.chair().isPresent(), findings);
    role(event, "secretary", event.secretary().flatMap(Person::organisation), started || event.secretary().isPresent(),
        findings);
  }

  private void role(ForumEvent event, String role, Optional<Organisation> organisation, boolean required,
      ImmutableList.Builder<Finding> findings) {
    if (!required || organisation.isPresent() && organisation.get().kind() == OrganisationKind.WELLBEING_COUNTY) {
      return;
    }
    findings.add(finding(role, Severity.VIOLATION, Events.subject(event),
        ImmutableMap.of("start", event.start().toLocalDate().toString(), "organisation", organisation.map(Organisation::name).orElse("-"))));
  }
}
