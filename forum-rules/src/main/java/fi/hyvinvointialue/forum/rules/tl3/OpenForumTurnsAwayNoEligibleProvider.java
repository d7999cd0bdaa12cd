package fi.hyvinvointialue.forum.rules.tl3;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.Access;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.Registration;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.EventRule;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Severity;

/**
 * TL-3.7: the open forum is open to every provider and company operating in the region: it is not by
 * invitation, and no registration of an organisation operating in the region is turned away.
 */
public final class OpenForumTurnsAwayNoEligibleProvider extends EventRule {
  public OpenForumTurnsAwayNoEligibleProvider() {
    super("open-forum-turns-away-no-eligible-provider", "TL-3.7");
  }

  @Override
  protected void check(CheckContext context, ForumEvent event, ImmutableList.Builder<Finding> findings) {
    if (event.access() != Access.OPEN_TO_REGIONAL_PROVIDERS) {
      findings.add(dayFinding("by-invitation", Severity.VIOLATION, Events.subject(event), event));
    }
    for (Registration registration : event.registrations()) {
      if (registration.operatesInRegion() && !registration.accepted()) {
        findings.add(finding(Severity.VIOLATION, Events.subject(event),
            ImmutableMap.of("start", Events.day(event), "organisation", registration.organisation().name(),
                "reason", registration.reason().orElse("-"))));
      }
    }
  }
}
