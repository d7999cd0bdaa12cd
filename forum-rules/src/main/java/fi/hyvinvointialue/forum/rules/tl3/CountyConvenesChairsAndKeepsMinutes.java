package fi.hyvinvointialue.forum.rules.tl3;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.Organisation;
import fi.hyvinvointialue.forum.domain.OrganisationKind;
import fi.hyvinvointialue.forum.domain.Person;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.EventRule;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Severity;
import java.util.Optional;

/**
 * TL-3.1: the county convenes the forum, chairs it and keeps the minutes. The convener is needed in the
 * plan; the chair and the secretary may be named up to the start.
 */
public final class CountyConvenesChairsAndKeepsMinutes extends EventRule {
  public CountyConvenesChairsAndKeepsMinutes() {
    super("county-convenes-chairs-and-keeps-minutes", "TL-3.1");
  }

  @Override
  protected void check(CheckContext context, ForumEvent event, ImmutableList.Builder<Finding> findings) {
    boolean started = context.isDue(event.start());
    Optional<Organisation> chair = event.chair().flatMap(Person::organisation);
    Optional<Organisation> secretary = event.secretary().flatMap(Person::organisation);
    if (!isCounty(event.convener())) {
      findings.add(finding("convener", Severity.VIOLATION, Events.subject(event), facts(event, event.convener())));
    }
    if ((started || event.chair().isPresent()) && !isCounty(chair)) {
      findings.add(finding("chair", Severity.VIOLATION, Events.subject(event), facts(event, chair)));
    }
    if ((started || event.secretary().isPresent()) && !isCounty(secretary)) {
      findings.add(finding("secretary", Severity.VIOLATION, Events.subject(event), facts(event, secretary)));
    }
  }

  private static boolean isCounty(Optional<Organisation> organisation) {
    return organisation.isPresent() && organisation.get().kind() == OrganisationKind.WELLBEING_COUNTY;
  }

  private static ImmutableMap<String, String> facts(ForumEvent event, Optional<Organisation> organisation) {
    return ImmutableMap.of("start", event.start().toLocalDate().toString(),
        "organisation", organisation.map(Organisation::name).orElse("-"));
  }
}
