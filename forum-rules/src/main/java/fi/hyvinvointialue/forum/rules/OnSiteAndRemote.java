package fi.hyvinvointialue.forum.rules;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumEvent;

/** TL-4.5: everyone may take part on site or remotely, so every forum has a venue and a remote connection. */
final class OnSiteAndRemote extends EventRule {
  OnSiteAndRemote() {
    super("on-site-and-remote", "TL-4.5");
  }

  @Override
  void check(CheckContext context, ForumEvent event, ImmutableList.Builder<Finding> findings) {
    if (event.venue().isEmpty()) {
      findings.add(dayFinding("no-venue", Severity.VIOLATION, Events.subject(event), event));
    }
    if (event.remoteConnection().isEmpty()) {
      findings.add(dayFinding("no-remote", Severity.VIOLATION, Events.subject(event), event));
    }
  }
}
