package fi.hyvinvointialue.forum.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicViewTest {
  private final ForumYear year = SampleYears.keskiSuomi(2026);
  private final ForumEvent withMemo = year.events().stream().filter(event -> event.memo().flatMap(Memo::publishedAt).isPresent())
      .findFirst().orElseThrow();
  private final LocalDateTime published = withMemo.memo().orElseThrow().publishedAt().orElseThrow();

  @Test
  void aMemoIsWithheldUntilItIsPublished() {
    ForumYear before = PublicView.of(year, published.minusMinutes(1));
    ForumYear after = PublicView.of(year, published);

    assertTrue(before.event(withMemo.id()).orElseThrow().memo().isEmpty(), "a draft is not public");
    assertEquals(withMemo.memo(), after.event(withMemo.id()).orElseThrow().memo());
    assertTrue(PublicView.draftsWithheld(year, published.minusMinutes(1)) > PublicView.draftsWithheld(year, published));
  }

  @Test
  void aMemoNeverPublishedStaysWithheldAndNoPersonalDataIsShown() {
    ForumEvent drafted = ImmutableForumEvent.copyOf(withMemo).withMemo(ImmutableMemo.copyOf(withMemo.memo().orElseThrow())
        .withPublishedAt(Optional.empty()));
    ForumYear unpublished = ImmutableForumYear.copyOf(year).withEvents(year.events().stream()
        .map(event -> event.id().equals(drafted.id()) ? drafted : event).collect(ImmutableList.toImmutableList()));
    LocalDateTime later = LocalDateTime.of(2030, 1, 1, 0, 0);

    ForumYear shown = PublicView.of(unpublished, later);

    assertTrue(shown.event(drafted.id()).orElseThrow().memo().isEmpty());
    assertEquals(PersonalData.publicView(shown), shown, "nothing personal is left to withhold");
  }
}
