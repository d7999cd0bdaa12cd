package fi.hyvinvointialue.forum.rules.tl4;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.Announcement;
import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.EventRule;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Severity;
import java.time.LocalDate;

/**
 * TL-4.3: each forum's date is announced in every announcement channel of the profile (the providers'
 * newsletter and the website) no later than its materials are due, {@code publicationLeadDays} before the
 * start (INTERPRETATIONS.md, I-12).
 */
public final class DatesAnnouncedInNewsletterAndWebsite extends EventRule {
  public DatesAnnouncedInNewsletterAndWebsite() {
    super("dates-announced-in-newsletter-and-website", "TL-4.3");
  }

  @Override
  protected void check(CheckContext context, ForumEvent event, ImmutableList.Builder<Finding> findings) {
    LocalDate start = event.start().toLocalDate();
    LocalDate deadline = context.calendar().announcementDue(start);
    for (Channel channel : context.profile().announcementChannels()) {
      LocalDate first = null;
      for (Announcement announcement : event.announcements()) {
        LocalDate day = announcement.announcedAt().toLocalDate();
        if (announcement.channel() == channel && (first == null || day.isBefore(first))) {
          first = day;
        }
      }
      if (first == null) {
        if (context.isDue(deadline.plusDays(1).atStartOfDay())) {
          findings.add(finding("missing", Severity.VIOLATION, Events.subject(event),
              ImmutableMap.of("channel", channel.name(), "start", start.toString(), "deadline", deadline.toString())));
        }
      } else if (first.isAfter(deadline)) {
        findings.add(finding(Severity.VIOLATION, Events.subject(event),
            ImmutableMap.of("channel", channel.name(), "start", start.toString(), "deadline", deadline.toString(),
                "announced", first.toString())));
      }
    }
  }
}
