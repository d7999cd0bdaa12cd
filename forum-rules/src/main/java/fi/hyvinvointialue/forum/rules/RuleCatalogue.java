package fi.hyvinvointialue.forum.rules;

import com.google.common.collect.ImmutableList;

/** The list of every rule, in the policy's clause order; a rule that is not listed here does not run. */
final class RuleCatalogue {
  static final ImmutableList<Rule> ALL =
      ImmutableList.of(
          new ProfileApprovedByRegionalBoard(),
          new ProfileInForceForTheYear(),
          new ForumBringsOfficialsAndElectedOfficials(),
          new ForumsSpreadOverTheYear(),
          new AgendaItemsNameStrategicGoals(),
          new YearServesEveryStrategicGoal(),
          new NoSingleProcurementOnOpenForum(),
          new CountyConvenesChairsAndKeepsMinutes(),
          new YearHasAnnualClock(),
          new AgendaItemsPreparedByTheClock(),
          new ClockCoversStandingThemes(),
          new ForumsBeforeTheDecisionsTheyFeed(),
          new WorkingGroupWithProviderRepresentatives(),
          new WorkingGroupRepresentsProviders(),
          new WorkingGroupTermIsCouncilTerm(),
          new OpenForumTurnsAwayNoEligibleProvider(),
          new MaterialsPublishedAWeekAhead(),
          new EnoughForumsAYear(),
          new DatesAnnouncedInNewsletterAndWebsite(),
          new ExtraForumsStateAReason(),
          new OnSiteAndRemote(),
          new FeedbackOpenAWeekAfter(),
          new RecordingAvailableTwoWeeks(),
          new MemoCoversDiscussionAndFeedback(),
          new MemoDeliveredToBoardsAndPresenters(),
          new MemoTellsDecisionHandling(),
          new WorkingGroupReviewsMemoBeforePublication(),
          new CommunicationPlanCoversEachForum(),
          new CommunicationWithRegionalPartners(),
          new EntrepreneurOrganisationsArePermanentMembers(),
          new ProcurementDialogueBeforeThePlan(),
          new JointPartnershipPlaybook(),
          new WrittenPartnershipAgreement(),
          new VitalityPledgeRecorded());

  private RuleCatalogue() {}
}
