package fi.hyvinvointialue.forum.rules.tl5;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.CommunicationEntry;
import fi.hyvinvointialue.forum.domain.CommunicationPlan;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.NamedRule;
import fi.hyvinvointialue.forum.rules.core.Names;
import fi.hyvinvointialue.forum.rules.core.Severity;
import fi.hyvinvointialue.forum.rules.core.Subject;
import fi.hyvinvointialue.forum.rules.core.SubjectKind;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * TL-5.1: the year has a communication plan that uses every communication channel of the profile
 * (newsletter, website, social media) and has an entry for each forum in each of them.
 */
public final class CommunicationPlanCoversEachForum extends NamedRule {
  public CommunicationPlanCoversEachForum() {
    super("communication-plan-covers-each-forum", "TL-5.1");
  }

  @Override
  public ImmutableList<Finding> check(CheckContext context) {
    if (context.year().communicationPlan().isEmpty()) {
      return ImmutableList.of(finding("missing", Severity.VIOLATION, Events.subject(context.year()),
          ImmutableMap.of("year", Integer.toString(context.year().year()))));
    }
    CommunicationPlan plan = context.year().communicationPlan().get();
    Subject subject = Subject.of(SubjectKind.COMMUNICATION_PLAN, Integer.toString(context.year().year()));
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    Set<Channel> unused = EnumSet.noneOf(Channel.class);
    unused.addAll(context.profile().communicationChannels());
    unused.removeAll(plan.channels());
    if (!unused.isEmpty()) {
      findings.add(finding("channels", Severity.VIOLATION, subject, ImmutableMap.of("missing", Names.ofEnums(unused))));
    }
    // One pass over the entries, so the cost stays linear in the number of events.
    Map<String, Set<Channel>> planned = new HashMap<>();
    for (CommunicationEntry entry : plan.entries()) {
      planned.computeIfAbsent(entry.eventId(), id -> EnumSet.noneOf(Channel.class)).add(entry.channel());
    }
    for (ForumEvent event : context.activeForums()) {
      Set<Channel> channels = planned.get(event.id());
      if (channels != null && channels.containsAll(context.profile().communicationChannels())) {
        continue;
      }
      Set<Channel> uncovered = EnumSet.noneOf(Channel.class);
      uncovered.addAll(context.profile().communicationChannels());
      if (channels != null) {
        uncovered.removeAll(channels);
      }
      if (!uncovered.isEmpty()) {
        findings.add(finding(Severity.VIOLATION, Events.subject(event),
            ImmutableMap.of("start", event.start().toLocalDate().toString(), "missing", Names.ofEnums(uncovered))));
      }
    }
    return findings.build();
  }
}
