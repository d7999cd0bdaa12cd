package fi.hyvinvointialue.forum.rules.tl4;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.RemoteConnection;
import fi.hyvinvointialue.forum.domain.Venue;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.EventRule;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Severity;

/**
 * TL-4.5: everyone may take part on site or remotely, so every forum has a venue and a remote
 * connection. A venue or link that is only a placeholder (a planned year's "Paikka vahvistetaan")
 * is a notice, once per event: it is to be confirmed before the forum is announced.
 */
public final class OnSiteAndRemote extends EventRule {
  public OnSiteAndRemote() {
    super("on-site-and-remote", "TL-4.5");
  }

  @Override
  protected void check(CheckContext context, ForumEvent event, ImmutableList.Builder<Finding> findings) {
    if (event.venue().isEmpty()) {
      findings.add(dayFinding("no-venue", Severity.VIOLATION, Events.subject(event), event));
    }
    if (event.remoteConnection().isEmpty()) {
      findings.add(dayFinding("no-remote", Severity.VIOLATION, Events.subject(event), event));
    }
    boolean venueToConfirm = event.venue().filter(Venue::placeholder).isPresent();
    boolean remoteToConfirm = event.remoteConnection().filter(RemoteConnection::placeholder).isPresent();
    if (venueToConfirm && remoteToConfirm) {
      findings.add(dayFinding("to-be-confirmed", Severity.NOTICE, Events.subject(event), event));
    } else if (venueToConfirm) {
      findings.add(dayFinding("venue-to-be-confirmed", Severity.NOTICE, Events.subject(event), event));
    } else if (remoteToConfirm) {
      findings.add(dayFinding("remote-to-be-confirmed", Severity.NOTICE, Events.subject(event), event));
    }
  }
}
