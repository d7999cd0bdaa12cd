package fi.hyvinvointialue.forum.rules.tl4;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.rules.core.Rule;

/** The rules of TL-4: how a forum is held: materials, number of forums, announcements, remote access, feedback, recording, memo, in clause order. */
public final class ConductRules {
  private ConductRules() {}

  public static ImmutableList<Rule> all() {
    return ImmutableList.of(
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
        new WorkingGroupReviewsMemoBeforePublication());
  }
}
