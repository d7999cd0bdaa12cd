package fi.hyvinvointialue.forum.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelValuesTest {
  private final ForumYear year = SampleYears.keskiSuomiWithPartnership(2026);

  private ForumYear withFirstEvent(ForumEvent event) {
    return ImmutableForumYear.copyOf(year).withEvents(ImmutableList.<ForumEvent>builder()
        .add(event).addAll(year.events().subList(1, year.events().size())).build());
  }

  @Test
  void aYearOfOrdinaryTextHasNoControlCharacterTabsAndLineFeedsIncluded() {
    ForumEvent first = year.events().get(0);

    assertEquals(Optional.empty(), ModelValues.controlCharacterIn(year));
    assertEquals(Optional.empty(), ModelValues.controlCharacterIn(withFirstEvent(
        ImmutableForumEvent.copyOf(first).withTitle("rivi\nrivi\tsarake"))));
  }

  @Test
  void aNulOrAnotherControlCharacterIsFoundByItsPathWithIds() {
    ForumEvent first = year.events().get(0);
    FeedbackWindow window = first.feedbackWindow().orElseThrow();
    FeedbackComment comment = window.comments().get(0);
    ForumEvent withNul = ImmutableForumEvent.copyOf(first).withFeedbackWindow(ImmutableFeedbackWindow.copyOf(window)
        .withComments(ImmutableList.<FeedbackComment>builder().add(ImmutableFeedbackComment.copyOf(comment).withText("a\u0000b"))
            .addAll(window.comments().subList(1, window.comments().size())).build()));

    assertEquals(Optional.of("events[" + first.id() + "].feedbackWindow.comments[" + comment.id() + "].text"),
        ModelValues.controlCharacterIn(withFirstEvent(withNul)));
    assertEquals(Optional.of("events[" + first.id() + "].title"),
        ModelValues.controlCharacterIn(withFirstEvent(ImmutableForumEvent.copyOf(first).withTitle("carriage\rreturn"))));
  }

  @Test
  void attributesAreTheValuesFieldsByName() {
    assertTrue(ModelValues.attributes(year).keySet().containsAll(ImmutableList.of("countyId", "year", "events", "clock")));
    assertEquals(Optional.of(year.events().get(0).id()), ModelValues.id(year.events().get(0)));
    assertEquals(Optional.empty(), ModelValues.id(year));
    assertTrue(ModelValues.attributes("not a value").isEmpty());
  }
}
