package fi.hyvinvointialue.forum.rules;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableAgendaItem;
import fi.hyvinvointialue.forum.domain.ImmutableAnnualClock;
import fi.hyvinvointialue.forum.domain.ImmutableClockTheme;
import fi.hyvinvointialue.forum.domain.ImmutableCommunicationPlan;
import fi.hyvinvointialue.forum.domain.ImmutableFeedbackWindow;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableMemo;
import fi.hyvinvointialue.forum.domain.ImmutablePartnershipAgreement;
import fi.hyvinvointialue.forum.domain.ImmutablePlaybook;
import fi.hyvinvointialue.forum.domain.ImmutableVitalityPledge;
import fi.hyvinvointialue.forum.domain.ImmutableWorkingGroup;
import fi.hyvinvointialue.forum.domain.profile.ImmutablePolicyProfile;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Every list and set of a year and a profile in another order: what the rules see must not change. */
final class Shuffled {
  private final Random random;

  Shuffled(long seed) {
    this.random = new Random(seed);
  }

  <T> List<T> order(Collection<T> values) {
    List<T> shuffled = new ArrayList<>(values);
    Collections.shuffle(shuffled, random);
    return shuffled;
  }

  ForumYear year(ForumYear year) {
    ImmutableForumYear shuffled = ImmutableForumYear.copyOf(year)
        .withEvents(order(year.events().stream().map(this::event).collect(ImmutableList.toImmutableList())))
        .withPermanentMembers(order(year.permanentMembers()))
        .withClock(year.clock().map(clock -> ImmutableAnnualClock.copyOf(clock)
            .withDecisions(order(clock.decisions()))
            .withThemes(order(clock.themes().stream()
                .map(theme -> (ClockTheme) ImmutableClockTheme.copyOf(theme).withDecisionIds(order(theme.decisionIds())))
                .collect(ImmutableList.toImmutableList())))))
        .withWorkingGroup(year.workingGroup().map(group -> ImmutableWorkingGroup.copyOf(group).withMembers(order(group.members()))))
        .withCommunicationPlan(year.communicationPlan().map(plan -> ImmutableCommunicationPlan.copyOf(plan)
            .withChannels(order(plan.channels())).withPartners(order(plan.partners())).withEntries(order(plan.entries()))))
        .withPlaybook(year.playbook().map(playbook -> ImmutablePlaybook.copyOf(playbook)
            .withSections(order(playbook.sections())).withAuthors(order(playbook.authors()))));
    return shuffled.withPartnershipAgreement(year.partnershipAgreement().map(agreement -> ImmutablePartnershipAgreement
        .copyOf(agreement)
        .withSharedGoals(order(agreement.sharedGoals()))
        .withParties(order(agreement.parties()))
        .withSignatures(order(agreement.signatures()))
        .withVitalityPledge(agreement.vitalityPledge().map(pledge -> ImmutableVitalityPledge.copyOf(pledge)
            .withParties(order(pledge.parties()))))));
  }

  ForumEvent event(ForumEvent event) {
    return ImmutableForumEvent.copyOf(event)
        .withParticipants(order(event.participants()))
        .withRegistrations(order(event.registrations()))
        .withAgenda(order(event.agenda().stream()
            .map(item -> (AgendaItem) ImmutableAgendaItem.copyOf(item).withStrategicGoals(order(item.strategicGoals())))
            .collect(ImmutableList.toImmutableList())))
        .withPublications(order(event.publications()))
        .withAnnouncements(order(event.announcements()))
        .withFeedbackWindow(event.feedbackWindow().map(window -> ImmutableFeedbackWindow.copyOf(window)
            .withComments(order(window.comments()))))
        .withMemo(event.memo().map(memo -> ImmutableMemo.copyOf(memo)
            .withItems(order(memo.items()))
            .withIncludedCommentIds(order(memo.includedCommentIds()))
            .withDeliveries(order(memo.deliveries()))));
  }

  PolicyProfile profile(PolicyProfile profile) {
    return ImmutablePolicyProfile.copyOf(profile)
        .withRequiredMaterials(order(profile.requiredMaterials()))
        .withAnnouncementChannels(order(profile.announcementChannels()))
        .withCommunicationChannels(order(profile.communicationChannels()))
        .withCommunicationPartners(order(profile.communicationPartners()))
        .withStandingThemes(order(profile.standingThemes()))
        .withBoards(order(profile.boards()))
        .withAdoptedProposalClauses(order(profile.adoptedProposalClauses()));
  }
}
