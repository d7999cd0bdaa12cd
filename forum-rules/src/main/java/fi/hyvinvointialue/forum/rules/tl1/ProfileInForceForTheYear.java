package fi.hyvinvointialue.forum.rules.tl1;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.NamedRule;
import fi.hyvinvointialue.forum.rules.core.Severity;
import fi.hyvinvointialue.forum.rules.core.Subject;
import fi.hyvinvointialue.forum.rules.core.SubjectKind;
import java.time.LocalDate;

/**
 * TL-1.3: a year is checked against a profile approved for it. A profile of another county, or one not
 * in force on any day of the year (expired or not yet valid), is a violation; one in force for part of
 * the year is a notice, and so is each event outside its validity, which is checked with the profile
 * in force on its day (INTERPRETATIONS.md, I-3).
 */
public final class ProfileInForceForTheYear extends NamedRule {
  public ProfileInForceForTheYear() {
    super("profile-in-force-for-the-year", "TL-1.3");
  }

  @Override
  public ImmutableList<Finding> check(CheckContext context) {
    PolicyProfile profile = context.profile();
    int year = context.year().year();
    Subject subject = Subject.of(SubjectKind.PROFILE, profile.id() + "@" + profile.version());
    if (!profile.county().id().equals(context.year().countyId())) {
      return ImmutableList.of(finding("other-county", Severity.VIOLATION, subject,
          ImmutableMap.of("profile", profile.id(), "county", profile.county().id(),
              "yearCounty", context.year().countyId(), "year", Integer.toString(year))));
    }
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    String until = profile.validUntil().map(LocalDate::toString).orElse("-");
    if (profile.validFrom().isAfter(last)) {
      return ImmutableList.of(finding("not-yet-valid", Severity.VIOLATION, subject,
          ImmutableMap.of("profile", profile.id(), "version", profile.version(), "validFrom",
              profile.validFrom().toString(), "year", Integer.toString(year))));
    }
    if (profile.validUntil().isPresent() && profile.validUntil().get().isBefore(first)) {
      return ImmutableList.of(finding("expired", Severity.VIOLATION, subject,
          ImmutableMap.of("profile", profile.id(), "version", profile.version(), "validUntil", until,
              "year", Integer.toString(year))));
    }
    if (profile.inForceOn(first) && profile.inForceOn(last)) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    findings.add(finding("part-of-year", Severity.NOTICE, subject,
        ImmutableMap.of("profile", profile.id(), "version", profile.version(), "validFrom",
            profile.validFrom().toString(), "validUntil", until, "year", Integer.toString(year))));
    for (ForumEvent event : context.year().events()) {
      LocalDate day = event.start().toLocalDate();
      if (Events.isActive(event) && !profile.inForceOn(day)) {
        findings.add(finding("event-outside", Severity.NOTICE, Events.subject(event),
            ImmutableMap.of("start", day.toString(), "profile", profile.id(), "version", profile.version(),
                "validFrom", profile.validFrom().toString(), "validUntil", until)));
      }
    }
    return findings.build();
  }
}
