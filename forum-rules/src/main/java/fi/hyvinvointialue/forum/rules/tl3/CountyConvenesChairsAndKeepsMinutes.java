package fi.hyvinvointialue.forum.rules.tl3;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.Organisation;
import fi.hyvinvointialue.forum.domain.OrganisationKind;
import fi.hyvinvointialue.forum.domain.Person;
import fi.hyvinvointialue.forum.domain.profile.County;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.NamedRule;
import fi.hyvinvointialue.forum.rules.core.Severity;
import fi.hyvinvointialue.forum.rules.core.Subject;
import fi.hyvinvointialue.forum.rules.core.SubjectKind;
import java.util.Optional;

/**
 * TL-3.1: the county convenes the forum, chairs it and keeps the minutes: the profile's own county, told
 * from other counties by its business ID (INTERPRETATIONS.md, I-23). The convener is needed in the plan; the
 * chair and the secretary may be named up to the start. A profile whose county has no business ID on
 * record can only be checked for an organisation of the kind, and says so in a notice.
 */
public final class CountyConvenesChairsAndKeepsMinutes extends NamedRule {
  public CountyConvenesChairsAndKeepsMinutes() {
    super("county-convenes-chairs-and-keeps-minutes", "TL-3.1");
  }

  @Override
  public ImmutableList<Finding> check(CheckContext context) {
    County county = context.profile().county();
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (ForumEvent event : context.activeForums()) {
      boolean started = context.isDue(event.start());
      Optional<Organisation> chair = event.chair().flatMap(Person::organisation);
      Optional<Organisation> secretary = event.secretary().flatMap(Person::organisation);
      if (!isTheCounty(county, event.convener())) {
        findings.add(finding("convener", Severity.VIOLATION, Events.subject(event), facts(county, event, event.convener())));
      }
      if ((started || event.chair().isPresent()) && !isTheCounty(county, chair)) {
        findings.add(finding("chair", Severity.VIOLATION, Events.subject(event), facts(county, event, chair)));
      }
      if ((started || event.secretary().isPresent()) && !isTheCounty(county, secretary)) {
        findings.add(finding("secretary", Severity.VIOLATION, Events.subject(event), facts(county, event, secretary)));
      }
    }
    if (county.businessId().isEmpty() && !context.activeForums().isEmpty()) {
      PolicyProfile profile = context.profile();
      findings.add(finding("no-business-id", Severity.NOTICE, Subject.of(SubjectKind.PROFILE, profile.id() + "@" + profile.version()),
          ImmutableMap.of("profile", profile.id(), "version", profile.version(), "county", county.id())));
    }
    return findings.build();
  }

  private static ImmutableMap<String, String> facts(County county, ForumEvent event, Optional<Organisation> organisation) {
    return ImmutableMap.of("start", event.start().toLocalDate().toString(),
        "organisation", organisation.map(Organisation::name).orElse("-"),
        "businessId", organisation.flatMap(Organisation::businessId).orElse("-"),
        "countyBusinessId", county.businessId().orElse("-"));
  }

  /** The county's own organisation: by business ID when the county has one on record, else by kind. */
  private static boolean isTheCounty(County county, Optional<Organisation> organisation) {
    if (organisation.isEmpty()) {
      return false;
    }
    return county.businessId().map(id -> organisation.get().businessId().filter(id::equals).isPresent())
        .orElse(organisation.get().kind() == OrganisationKind.WELLBEING_COUNTY);
  }
}
