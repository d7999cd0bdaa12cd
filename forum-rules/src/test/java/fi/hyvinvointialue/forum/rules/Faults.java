package fi.hyvinvointialue.forum.rules;

import static fi.hyvinvointialue.forum.rules.Plans.agendaItem;
import static fi.hyvinvointialue.forum.rules.Plans.memo;
import static fi.hyvinvointialue.forum.rules.Plans.withEarliestForum;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.Access;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.AnnualClock;
import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.CommunicationPlan;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.DecisionPath;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableAgendaItem;
import fi.hyvinvointialue.forum.domain.ImmutableAnnouncement;
import fi.hyvinvointialue.forum.domain.ImmutableAnnualClock;
import fi.hyvinvointialue.forum.domain.ImmutableClockTheme;
import fi.hyvinvointialue.forum.domain.ImmutableCommunicationPlan;
import fi.hyvinvointialue.forum.domain.ImmutableDecision;
import fi.hyvinvointialue.forum.domain.ImmutableFeedbackWindow;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableMemo;
import fi.hyvinvointialue.forum.domain.ImmutableOrganisation;
import fi.hyvinvointialue.forum.domain.ImmutablePartnershipAgreement;
import fi.hyvinvointialue.forum.domain.ImmutablePlaybook;
import fi.hyvinvointialue.forum.domain.ImmutablePublication;
import fi.hyvinvointialue.forum.domain.ImmutableRecording;
import fi.hyvinvointialue.forum.domain.ImmutableRegistration;
import fi.hyvinvointialue.forum.domain.ImmutableVitalityPledge;
import fi.hyvinvointialue.forum.domain.ImmutableWorkingGroup;
import fi.hyvinvointialue.forum.domain.ImmutableWorkingGroupMember;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.MemberRole;
import fi.hyvinvointialue.forum.domain.Organisation;
import fi.hyvinvointialue.forum.domain.OrganisationKind;
import fi.hyvinvointialue.forum.domain.ParticipantRole;
import fi.hyvinvointialue.forum.domain.PlaybookSection;
import fi.hyvinvointialue.forum.domain.RecipientKind;
import fi.hyvinvointialue.forum.domain.StrategicGoal;
import fi.hyvinvointialue.forum.domain.ThemeKind;
import fi.hyvinvointialue.forum.domain.TopicKind;
import fi.hyvinvointialue.forum.domain.WorkingGroup;
import fi.hyvinvointialue.forum.domain.WorkingGroupMember;
import fi.hyvinvointialue.forum.domain.profile.ImmutableApproval;
import fi.hyvinvointialue.forum.domain.profile.ImmutableCounty;
import fi.hyvinvointialue.forum.domain.profile.ImmutablePolicyProfile;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Severity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The single faults the tests put into compliant plans, each with the one finding it must cause. The
 * plan faults edit the year's earliest open forum, so they apply to any compliant year.
 */
final class Faults {
  private Faults() {}

  static final ImmutableList<Fault> ALL =
      ImmutableList.of(
          // TL-1.3
          profile("the profile is not approved", "TL-1.3", "profile-approved-by-regional-board.missing",
              profile -> profile.withApproval(Optional.empty())),
          profile("a board, not the regional board, approved the profile", "TL-1.3",
              "profile-approved-by-regional-board.wrong-body",
              profile -> profile.withApproval(ImmutableApproval.builder().body("Sosiaali- ja terveyslautakunta")
                  .approvedOn(LocalDate.of(2024, 12, 10)).byRegionalBoard(false).build())),
          profile("the profile expired before the year", "TL-1.3", "profile-in-force-for-the-year.expired",
              profile -> profile.withValidUntil(LocalDate.of(2025, 12, 31))),
          profile("the profile comes into force after the year", "TL-1.3", "profile-in-force-for-the-year.not-yet-valid",
              profile -> profile.withValidFrom(LocalDate.of(2041, 1, 1))),
          profile("the profile is another county's", "TL-1.3", "profile-in-force-for-the-year.other-county",
              profile -> profile.withCounty(ImmutableCounty.copyOf(profile.county()).withId("pohjanmaa"))),
          // TL-2.1
          plan("no elected officials at a forum", "TL-2.1", "forum-brings-officials-and-elected-officials",
              year -> withEarliestForum(year, event -> ImmutableForumEvent.copyOf(event).withParticipants(
                  event.participants().stream().filter(p -> p.role() != ParticipantRole.ELECTED_OFFICIAL)
                      .collect(ImmutableList.toImmutableList())))),
          sampleOnly("the May forum cancelled leaves half a year without one", "TL-2.1", "forums-spread-over-the-year",
              year -> Plans.withEvent(year, "foorumi-" + year.year() + "-2",
                  event -> ImmutableForumEvent.copyOf(event).withStatus(EventStatus.CANCELLED))),
          new Fault("a copy of the first forum the day after", "TL-2.1", "forums-spread-over-the-year.bunched",
              Severity.WARNING, false, year -> withExtraForums(year, Events.activeForums(year).size() + 1),
              UnaryOperator.identity()),
          // TL-2.4
          plan("an item serves no strategic goal", "TL-2.4", "agenda-items-name-strategic-goals",
              year -> withEarliestForum(year, agendaItem(1, item -> ImmutableAgendaItem.copyOf(item).withStrategicGoals()))),
          warning("no forum serves quality and cost-effectiveness", "TL-2.4", "year-serves-every-strategic-goal",
              year -> Plans.withEvents(year, Events::isActiveForum, event -> ImmutableForumEvent.copyOf(event).withAgenda(
                  event.agenda().stream().map(item -> (AgendaItem) ImmutableAgendaItem.copyOf(item).withStrategicGoals(
                      item.strategicGoals().stream().filter(goal -> goal != StrategicGoal.QUALITY_AND_COST_EFFECTIVENESS)
                          .collect(Collectors.toList()))).collect(ImmutableList.toImmutableList())))),
          // TL-2.5
          plan("a single procurement on the open forum", "TL-2.5", "no-single-procurement-on-open-forum",
              year -> withEarliestForum(year, agendaItem(1,
                  item -> ImmutableAgendaItem.copyOf(item).withTopic(TopicKind.INDIVIDUAL_PROCUREMENT)))),
          plan("a service voucher on the open forum", "TL-2.5", "no-single-procurement-on-open-forum",
              year -> withEarliestForum(year, agendaItem(0,
                  item -> ImmutableAgendaItem.copyOf(item).withTopic(TopicKind.SERVICE_VOUCHER)))),
          // TL-3.1
          plan("a provider convenes the forum", "TL-3.1", "county-convenes-chairs-and-keeps-minutes.convener",
              year -> withEarliestForum(year, event -> ImmutableForumEvent.copyOf(event)
                  .withConvener(Organisation.of("Hoivakoti Esimerkki Oy", OrganisationKind.SERVICE_PROVIDER)))),
          plan("a held forum without a chair", "TL-3.1", "county-convenes-chairs-and-keeps-minutes.chair",
              year -> withEarliestForum(year, event -> ImmutableForumEvent.copyOf(event).withChair(Optional.empty()))),
          plan("a provider keeps the minutes", "TL-3.1", "county-convenes-chairs-and-keeps-minutes.secretary",
              year -> withEarliestForum(year, event -> ImmutableForumEvent.copyOf(event).withSecretary(SampleYears.person(
                  "Sihteeri", Organisation.of("Hoivakoti Esimerkki Oy", OrganisationKind.SERVICE_PROVIDER))))),
          new Fault("another wellbeing services county chairs the forum", "TL-3.1", "county-convenes-chairs-and-keeps-minutes.chair",
              Severity.VIOLATION, true, year -> withEarliestForum(Plans.withCountyBusinessId(year),
                  event -> ImmutableForumEvent.copyOf(event).withChair(SampleYears.person("Hyvinvointialuejohtaja",
                      ImmutableOrganisation.builder().name("Pohjanmaan hyvinvointialue").kind(OrganisationKind.WELLBEING_COUNTY)
                          .businessId(Plans.OTHER_COUNTY_BUSINESS_ID).build()))),
              Plans::withCountyBusinessId),
          // TL-3.2
          plan("no annual clock", "TL-3.2", "year-has-annual-clock",
              year -> ImmutableForumYear.copyOf(year).withClock(Optional.empty())),
          plan("an item outside the clock", "TL-3.2", "agenda-items-prepared-by-the-clock",
              year -> withEarliestForum(year, agendaItem(1,
                  item -> ImmutableAgendaItem.copyOf(item).withThemeId(Optional.empty())))),
          // TL-3.3
          warning("the clock has no welfare theme", "TL-3.3", "clock-covers-standing-themes",
              year -> withClockTheme(year, SampleYears.WELFARE, theme -> theme.withKind(ThemeKind.OTHER))),
          warning("no forum takes up the welfare theme: its items moved to a theme of another kind", "TL-3.3",
              "clock-covers-standing-themes.not-taken-up-before-decision", Faults::welfareItemsUnderAnotherTheme),
          plan("a forum three days before the decision it feeds", "TL-3.3", "forums-before-the-decisions-they-feed",
              Faults::decisionThreeDaysAfterTheEarliestForum),
          // TL-3.4
          plan("no working group", "TL-3.4", "working-group-with-provider-representatives.missing",
              year -> ImmutableForumYear.copyOf(year).withWorkingGroup(Optional.empty())),
          plan("no provider in the working group", "TL-3.4", "working-group-with-provider-representatives",
              year -> withMembers(year, member -> member.role() == MemberRole.PROVIDER_REPRESENTATIVE
                  ? member.withRole(MemberRole.OTHER) : member)),
          // TL-3.5
          warning("no member from Joutsa", "TL-3.5", "working-group-represents-providers.sub-regions",
              year -> withMembers(year, member -> member.subRegion().orElse("").equals("Joutsa")
                  ? member.withSubRegion("Jyväskylä") : member)),
          // TL-3.6
          plan("the group's term starts a day after the council's", "TL-3.6", "working-group-term-is-council-term.not-a-term",
              year -> withGroup(year, group -> ImmutableWorkingGroup.copyOf(group)
                  .withTermStart(group.termStart().plusDays(1))
                  .withMembers(group.members().stream()
                      .map(member -> ImmutableWorkingGroupMember.copyOf(member).withMemberFrom(group.termStart().plusDays(1)))
                      .collect(Collectors.toList())))),
          plan("a member sits beyond the group's term", "TL-3.6", "working-group-term-is-council-term.member-outside",
              year -> withGroup(year, group -> ImmutableWorkingGroup.copyOf(group).withMembers(ImmutableList.<WorkingGroupMember>builder()
                  .add(ImmutableWorkingGroupMember.copyOf(group.members().get(0)).withMemberUntil(group.termEnd().plusYears(1)))
                  .addAll(group.members().subList(1, group.members().size())).build()))),
          // TL-3.7
          plan("a regional provider turned away", "TL-3.7", "open-forum-turns-away-no-eligible-provider",
              year -> withEarliestForum(year, event -> ImmutableForumEvent.copyOf(event).withRegistrations(
                  ImmutableRegistration.builder().organisation(Organisation.of("Kotiapu Oy", OrganisationKind.SERVICE_PROVIDER))
                      .operatesInRegion(true).accepted(false).reason("Sali täynnä").build()))),
          plan("an open forum by invitation", "TL-3.7", "open-forum-turns-away-no-eligible-provider.by-invitation",
              year -> withEarliestForum(year, event -> ImmutableForumEvent.copyOf(event).withAccess(Access.BY_INVITATION))),
          // TL-4.1
          plan("the agenda published a day late", "TL-4.1", "materials-published-a-week-ahead",
              year -> withEarliestForum(year, event -> withPublication(event, MaterialKind.AGENDA, event.start().minusDays(6)))),
          plan("the background material never published", "TL-4.1", "materials-published-a-week-ahead.missing",
              year -> withEarliestForum(year, event -> ImmutableForumEvent.copyOf(event).withPublications(
                  event.publications().stream().filter(p -> p.material() != MaterialKind.BACKGROUND_MATERIAL)
                      .collect(ImmutableList.toImmutableList())))),
          // TL-4.2
          plan("only two forums", "TL-4.2", "enough-forums-a-year", Faults::onlyTheFirstTwoForums),
          // TL-4.3
          plan("the date not announced in the newsletter", "TL-4.3", "dates-announced-in-newsletter-and-website.missing",
              year -> withEarliestForum(year, event -> ImmutableForumEvent.copyOf(event).withAnnouncements(
                  event.announcements().stream().filter(a -> a.channel() != Channel.NEWSLETTER)
                      .collect(ImmutableList.toImmutableList())))),
          plan("the date announced on the website six days ahead", "TL-4.3", "dates-announced-in-newsletter-and-website",
              year -> withEarliestForum(year, event -> ImmutableForumEvent.copyOf(event).withAnnouncements(
                  event.announcements().stream().map(a -> a.channel() == Channel.WEBSITE
                      ? ImmutableAnnouncement.copyOf(a).withAnnouncedAt(event.start().minusDays(6)) : a)
                      .collect(ImmutableList.toImmutableList())))),
          // TL-4.4
          plan("one forum over the maximum, none with a reason", "TL-4.4", "extra-forums-state-a-reason",
              year -> withExtraForums(year, 7)),
          // TL-4.5
          plan("a forum without a venue", "TL-4.5", "on-site-and-remote.no-venue",
              year -> withEarliestForum(year, event -> ImmutableForumEvent.copyOf(event).withVenue(Optional.empty()))),
          plan("a forum without a remote connection", "TL-4.5", "on-site-and-remote.no-remote",
              year -> withEarliestForum(year,
                  event -> ImmutableForumEvent.copyOf(event).withRemoteConnection(Optional.empty()))),
          // TL-4.6
          plan("the feedback window shortened to six days", "TL-4.6", "feedback-open-a-week-after",
              year -> withEarliestForum(year, event -> ImmutableForumEvent.copyOf(event).withFeedbackWindow(
                  ImmutableFeedbackWindow.copyOf(event.feedbackWindow().orElseThrow()).withClosesAt(event.end().plusDays(6))))),
          warning("the feedback window opens the day after, and stays open a week from then", "TL-4.6",
              "feedback-open-a-week-after.opens-late",
              year -> withEarliestForum(year, event -> ImmutableForumEvent.copyOf(event).withFeedbackWindow(
                  ImmutableFeedbackWindow.copyOf(event.feedbackWindow().orElseThrow()).withClosesAt(event.end().plusDays(8))
                      .withOpensAt(event.end().plusDays(1))))),
          plan("no feedback window", "TL-4.6", "feedback-open-a-week-after.missing",
              year -> withEarliestForum(year, event -> ImmutableForumEvent.copyOf(event)
                  .withMemo(event.memo().map(m -> ImmutableMemo.copyOf(m).withIncludedCommentIds()))
                  .withFeedbackWindow(Optional.empty()))),
          // TL-4.7
          plan("the recording taken down after 13 days", "TL-4.7", "recording-available-two-weeks",
              year -> withEarliestForum(year, event -> recordingUpFor(event, 13))),
          warning("the recording kept 15 days", "TL-4.7", "recording-available-two-weeks.longer",
              year -> withEarliestForum(year, event -> recordingUpFor(event, 15))),
          warning("the recording never taken down", "TL-4.7", "recording-available-two-weeks.kept",
              year -> withEarliestForum(year, event -> ImmutableForumEvent.copyOf(event).withRecording(
                  ImmutableRecording.copyOf(event.recording().orElseThrow()).withRemovedAt(Optional.empty())))),
          plan("a held forum not recorded", "TL-4.7", "recording-available-two-weeks.missing",
              year -> withEarliestForum(year, event -> ImmutableForumEvent.copyOf(event).withRecording(Optional.empty()))),
          plan("a recording never put on the website", "TL-4.7", "recording-available-two-weeks.unpublished",
              year -> withEarliestForum(year, event -> ImmutableForumEvent.copyOf(event).withRecording(
                  ImmutableRecording.copyOf(event.recording().orElseThrow()).withRemovedAt(Optional.empty())
                      .withPublishedAt(Optional.empty())))),
          // TL-4.8
          plan("the memo completed before the feedback closes", "TL-4.8", "memo-covers-discussion-and-feedback.before-feedback-closed",
              year -> withEarliestForum(year, event -> memo(m -> m.withCompletedAt(
                  event.feedbackWindow().orElseThrow().closesAt().minusHours(1))).apply(event))),
          plan("the memo leaves out the discussion", "TL-4.8", "memo-covers-discussion-and-feedback.no-discussion",
              year -> withEarliestForum(year, memo(m -> m.withCoversDiscussion(false)))),
          plan("the memo leaves out the electronic comments", "TL-4.8", "memo-covers-discussion-and-feedback.no-feedback",
              year -> withEarliestForum(year, memo(m -> m.withCoversFeedback(false)))),
          warning("the memo leaves out a comment", "TL-4.8", "memo-covers-discussion-and-feedback.comments-left-out",
              year -> withEarliestForum(year, memo(m -> m.withIncludedCommentIds()))),
          plan("no memo of a held forum", "TL-4.8", "memo-covers-discussion-and-feedback.missing",
              year -> withEarliestForum(year, event -> ImmutableForumEvent.copyOf(event).withMemo(Optional.empty()))),
          plan("the memo not delivered to the regional board", "TL-4.8", "memo-delivered-to-boards-and-presenters.regional-board",
              year -> withEarliestForum(year, memo(m -> m.withDeliveries(
                  Plans.deliveriesExcept(m, d -> d.recipientKind() == RecipientKind.REGIONAL_BOARD))))),
          plan("the memo not delivered to the presenter", "TL-4.8", "memo-delivered-to-boards-and-presenters.presenter",
              year -> withEarliestForum(year, memo(m -> m.withDeliveries(
                  Plans.deliveriesExcept(m, d -> d.recipientKind() == RecipientKind.PRESENTER))))),
          plan("the memo not delivered to the safety board", "TL-4.8", "memo-delivered-to-boards-and-presenters.board",
              year -> withEarliestForum(year, memo(m -> m.withDeliveries(
                  Plans.deliveriesExcept(m, d -> d.recipient().equals("turvallisuuslautakunta")))))),
          // TL-4.9
          plan("the memo silent on an item", "TL-4.9", "memo-tells-decision-handling",
              year -> withEarliestForum(year, memo(m -> m.withItems(m.items().subList(0, 1))))),
          // TL-4.10
          plan("the memo published before the review", "TL-4.10", "working-group-reviews-memo-before-publication",
              year -> withEarliestForum(year, memo(m -> m.withReviewedAt(m.publishedAt().orElseThrow().plusDays(1))))),
          plan("the memo published unreviewed", "TL-4.10", "working-group-reviews-memo-before-publication.unreviewed",
              year -> withEarliestForum(year, memo(m -> m.withReviewedAt(Optional.empty())))),
          plan("the memo reviewed before it was complete", "TL-4.10",
              "working-group-reviews-memo-before-publication.before-completion",
              year -> withEarliestForum(year, memo(m -> m.withReviewedAt(m.completedAt().orElseThrow().minusHours(1))))),
          // TL-5.1
          plan("no communication plan", "TL-5.1", "communication-plan-covers-each-forum.missing",
              year -> ImmutableForumYear.copyOf(year).withCommunicationPlan(Optional.empty())),
          plan("a forum left out of social media", "TL-5.1", "communication-plan-covers-each-forum",
              year -> withPlan(year, plan -> plan.withEntries(plan.entries().stream()
                  .filter(entry -> !(entry.eventId().equals(Plans.earliestForum(year).id())
                      && entry.channel() == Channel.SOCIAL_MEDIA))
                  .collect(Collectors.toList())))),
          plan("a plan without social media", "TL-5.1", "communication-plan-covers-each-forum.channels",
              year -> withPlan(year, plan -> plan.withChannels(Channel.NEWSLETTER, Channel.WEBSITE))),
          // TL-5.2
          warning("the chamber of commerce not a partner", "TL-5.2", "communication-with-regional-partners",
              year -> withPlan(year, plan -> plan.withPartners(plan.partners().stream()
                  .filter(partner -> partner.kind() != OrganisationKind.CHAMBER_OF_COMMERCE).collect(Collectors.toList())))),
          // KE-1 … KE-5, on the partnership sample under the partnership profile
          plan("no permanent members", "KE-1", "entrepreneur-organisations-are-permanent-members",
              year -> ImmutableForumYear.copyOf(year).withPermanentMembers()),
          plan("the procurement dialogue taken up under another theme", "KE-2", "procurement-dialogue-before-the-plan",
              year -> Plans.withEvents(year, Events::isActiveForum, event -> ImmutableForumEvent.copyOf(event).withAgenda(
                  event.agenda().stream().map(item -> item.themeId().orElse("").equals(SampleYears.PROCUREMENT_DIALOGUE)
                      ? ImmutableAgendaItem.copyOf(item).withThemeId(SampleYears.PROCUREMENT) : item)
                      .collect(ImmutableList.toImmutableList())))),
          plan("no procurement dialogue on the clock", "KE-2", "procurement-dialogue-before-the-plan.no-theme",
              year -> withClockTheme(year, SampleYears.PROCUREMENT_DIALOGUE, theme -> theme.withKind(ThemeKind.OTHER))),
          plan("no playbook", "KE-3", "joint-partnership-playbook.missing",
              year -> ImmutableForumYear.copyOf(year).withPlaybook(Optional.empty())),
          plan("the playbook ignores real costs", "KE-3", "joint-partnership-playbook.sections",
              year -> ImmutableForumYear.copyOf(year).withPlaybook(ImmutablePlaybook.copyOf(year.playbook().orElseThrow())
                  .withSections(year.playbook().orElseThrow().sections().stream()
                      .filter(section -> section != PlaybookSection.REAL_COSTS).collect(Collectors.toList())))),
          plan("the third sector did not write the playbook", "KE-3", "joint-partnership-playbook.authors",
              year -> ImmutableForumYear.copyOf(year).withPlaybook(ImmutablePlaybook.copyOf(year.playbook().orElseThrow())
                  .withAuthors(year.playbook().orElseThrow().authors().stream()
                      .filter(author -> author.kind() != OrganisationKind.THIRD_SECTOR_ORGANISATION).collect(Collectors.toList())))),
          plan("the third-sector party dropped from the agreement", "KE-4", "written-partnership-agreement",
              year -> withAgreement(year, agreement -> withoutParty(agreement, SampleYears.SOSTE))),
          plan("an oral agreement", "KE-4", "written-partnership-agreement.not-written",
              year -> withAgreement(year, agreement -> agreement.withWritten(false))),
          plan("an agreement without shared goals", "KE-4", "written-partnership-agreement.no-goals",
              year -> withAgreement(year, agreement -> agreement.withSharedGoals())),
          plan("no agreement", "KE-4", "written-partnership-agreement.missing",
              year -> ImmutableForumYear.copyOf(year).withPartnershipAgreement(Optional.empty())),
          plan("no vitality pledge", "KE-5", "vitality-pledge-recorded",
              year -> withAgreement(year, agreement -> agreement.withVitalityPledge(Optional.empty()))));

  static ImmutableList<Fault> generic() {
    return ALL.stream().filter(Fault::generic).collect(ImmutableList.toImmutableList());
  }

  private static Fault plan(String name, String clause, String key, UnaryOperator<ForumYear> change) {
    return new Fault(name, clause, key, Severity.VIOLATION, true, change, UnaryOperator.identity());
  }

  private static Fault warning(String name, String clause, String key, UnaryOperator<ForumYear> change) {
    return new Fault(name, clause, key, Severity.WARNING, true, change, UnaryOperator.identity());
  }

  private static Fault sampleOnly(String name, String clause, String key, UnaryOperator<ForumYear> change) {
    return new Fault(name, clause, key, Severity.VIOLATION, false, change, UnaryOperator.identity());
  }

  private static Fault profile(String name, String clause, String key, UnaryOperator<ImmutablePolicyProfile> change) {
    return new Fault(name, clause, key, Severity.VIOLATION, true, UnaryOperator.identity(),
        profile -> change.apply(ImmutablePolicyProfile.copyOf(profile)));
  }

  private static ForumEvent withPublication(ForumEvent event, MaterialKind material, LocalDateTime at) {
    return ImmutableForumEvent.copyOf(event).withPublications(event.publications().stream()
        .map(p -> p.material() == material ? ImmutablePublication.copyOf(p).withPublishedAt(at) : p)
        .collect(ImmutableList.toImmutableList()));
  }

  private static ForumEvent recordingUpFor(ForumEvent event, int days) {
    ImmutableRecording recording = ImmutableRecording.copyOf(event.recording().orElseThrow());
    return ImmutableForumEvent.copyOf(event)
        .withRecording(recording.withRemovedAt(recording.publishedAt().orElseThrow().plusDays(days)));
  }

  private static ForumYear withClockTheme(ForumYear year, String themeId, UnaryOperator<ImmutableClockTheme> change) {
    AnnualClock clock = year.clock().orElseThrow();
    return ImmutableForumYear.copyOf(year).withClock(ImmutableAnnualClock.copyOf(clock).withThemes(clock.themes().stream()
        .map(theme -> theme.id().equals(themeId) ? change.apply(ImmutableClockTheme.copyOf(theme)) : theme)
        .collect(Collectors.<ClockTheme>toList())));
  }

  private static ForumYear withGroup(ForumYear year, UnaryOperator<WorkingGroup> change) {
    return ImmutableForumYear.copyOf(year).withWorkingGroup(change.apply(year.workingGroup().orElseThrow()));
  }

  private static ForumYear withMembers(ForumYear year, UnaryOperator<ImmutableWorkingGroupMember> change) {
    return withGroup(year, group -> ImmutableWorkingGroup.copyOf(group).withMembers(group.members().stream()
        .map(member -> (WorkingGroupMember) change.apply(ImmutableWorkingGroupMember.copyOf(member)))
        .collect(Collectors.toList())));
  }

  private static ForumYear withPlan(ForumYear year, UnaryOperator<ImmutableCommunicationPlan> change) {
    return ImmutableForumYear.copyOf(year)
        .withCommunicationPlan(change.apply(ImmutableCommunicationPlan.copyOf(year.communicationPlan().orElseThrow())));
  }

  private static ForumYear withAgreement(ForumYear year, UnaryOperator<ImmutablePartnershipAgreement> change) {
    return ImmutableForumYear.copyOf(year).withPartnershipAgreement(
        change.apply(ImmutablePartnershipAgreement.copyOf(year.partnershipAgreement().orElseThrow())));
  }

  private static ImmutablePartnershipAgreement withoutParty(ImmutablePartnershipAgreement agreement, Organisation party) {
    // References first, then the party: every intermediate value must stay consistent.
    return agreement
        .withVitalityPledge(agreement.vitalityPledge().map(pledge -> ImmutableVitalityPledge.copyOf(pledge).withParties(
            pledge.parties().stream().filter(name -> !name.equals(party.name())).collect(Collectors.toList()))))
        .withSignatures(agreement.signatures().stream().filter(s -> !s.party().equals(party.name())).collect(Collectors.toList()))
        .withParties(agreement.parties().stream().filter(p -> !p.equals(party)).collect(Collectors.toList()));
  }

  /**
   * The welfare theme's items moved to a copy of the theme of kind {@code OTHER} that feeds the same
   * decisions: every item stays on the clock and in time, but no forum takes up the welfare theme.
   */
  private static ForumYear welfareItemsUnderAnotherTheme(ForumYear year) {
    AnnualClock clock = year.clock().orElseThrow();
    ClockTheme welfare = clock.theme(SampleYears.WELFARE).orElseThrow();
    String other = SampleYears.WELFARE + "-muu";
    ForumYear withCopy = ImmutableForumYear.copyOf(year).withClock(ImmutableAnnualClock.copyOf(clock).withThemes(
        ImmutableList.<ClockTheme>builder().addAll(clock.themes())
            .add(ImmutableClockTheme.copyOf(welfare).withId(other).withKind(ThemeKind.OTHER)).build()));
    return Plans.withEvents(withCopy, Events::isActiveForum, event -> ImmutableForumEvent.copyOf(event).withAgenda(
        event.agenda().stream().map(item -> item.themeId().orElse("").equals(SampleYears.WELFARE)
            ? ImmutableAgendaItem.copyOf(item).withThemeId(other) : item).collect(ImmutableList.toImmutableList())));
  }

  /** Every open forum but the first two cancelled. */
  private static ForumYear onlyTheFirstTwoForums(ForumYear year) {
    List<ForumEvent> forums = Events.activeForums(year);
    Set<String> kept = Set.of(forums.get(0).id(), forums.get(1).id());
    return Plans.withEvents(year, event -> event.isOpenForum() && !kept.contains(event.id()),
        event -> ImmutableForumEvent.copyOf(event).withStatus(EventStatus.CANCELLED));
  }

  /** The decision the earliest forum's first item feeds, moved to three days after that forum. */
  private static ForumYear decisionThreeDaysAfterTheEarliestForum(ForumYear year) {
    ForumEvent forum = Plans.earliestForum(year);
    String decisionId = forum.agenda().get(0).decisionPath().flatMap(DecisionPath::decisionId).orElseThrow();
    AnnualClock clock = year.clock().orElseThrow();
    LocalDate moved = forum.start().toLocalDate().plusDays(3);
    return ImmutableForumYear.copyOf(year).withClock(ImmutableAnnualClock.copyOf(clock).withDecisions(clock.decisions().stream()
        .map(decision -> decision.id().equals(decisionId) ? ImmutableDecision.copyOf(decision).withDate(moved) : decision)
        .collect(Collectors.<Decision>toList())));
  }

  /** Copies of the earliest forum, a day apart, until the year has {@code total} open forums, none with a reason. */
  static ForumYear withExtraForums(ForumYear year, int total) {
    ForumEvent earliest = Plans.earliestForum(year);
    ImmutableList.Builder<ForumEvent> events = ImmutableList.<ForumEvent>builder().addAll(year.events());
    for (int extra = 1; extra <= total - Events.activeForums(year).size(); extra++) {
      events.add(Plans.moved(earliest, extra, earliest.id() + "-lisa-" + extra));
    }
    ImmutableList<ForumEvent> all = events.build();
    CommunicationPlan plan = year.communicationPlan().orElseThrow();
    return ImmutableForumYear.copyOf(year).withEvents(all).withCommunicationPlan(ImmutableCommunicationPlan.copyOf(plan)
        .withEntries(SampleYears.communicationPlan(year.year(), all.stream().map(ForumEvent::id).toArray(String[]::new))
            .entries()));
  }
}
