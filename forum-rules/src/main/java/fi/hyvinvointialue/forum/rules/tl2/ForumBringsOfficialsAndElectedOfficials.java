package fi.hyvinvointialue.forum.rules.tl2;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.Participant;
import fi.hyvinvointialue.forum.domain.ParticipantRole;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.EventRule;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Names;
import fi.hyvinvointialue.forum.rules.core.Severity;
import java.util.EnumSet;
import java.util.Set;

/**
 * TL-2.1: two-way dialogue between providers or entrepreneurs, officials and elected officials, so
 * each forum has all three sides. A planned forum whose participants are not yet listed is a notice.
 */
public final class ForumBringsOfficialsAndElectedOfficials extends EventRule {
  public ForumBringsOfficialsAndElectedOfficials() {
    super("forum-brings-officials-and-elected-officials", "TL-2.1");
  }

  @Override
  protected void check(CheckContext context, ForumEvent event, ImmutableList.Builder<Finding> findings) {
    if (event.participants().isEmpty() && !context.hasEnded(event)) {
      findings.add(finding("not-planned", Severity.NOTICE, Events.subject(event),
          ImmutableMap.of("start", event.start().toLocalDate().toString())));
      return;
    }
    Set<ParticipantRole> missing = EnumSet.of(ParticipantRole.OFFICIAL, ParticipantRole.ELECTED_OFFICIAL);
    boolean providers = false;
    for (Participant participant : event.participants()) {
      missing.remove(participant.role());
      providers |= participant.role() == ParticipantRole.SERVICE_PROVIDER
          || participant.role() == ParticipantRole.ENTREPRENEUR;
    }
    if (!providers) {
      missing.add(ParticipantRole.SERVICE_PROVIDER);
    }
    if (!missing.isEmpty()) {
      findings.add(finding(Severity.VIOLATION, Events.subject(event),
          ImmutableMap.of("start", event.start().toLocalDate().toString(), "missing", Names.ofEnums(missing))));
    }
  }
}
