package fi.hyvinvointialue.forum.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.ImmutablePublication;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.Publication;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Rule;
import fi.hyvinvointialue.forum.rules.core.Severity;
import fi.hyvinvointialue.forum.rules.core.Subject;
import fi.hyvinvointialue.forum.rules.core.SubjectKind;
import fi.hyvinvointialue.forum.rules.tl4.MaterialsPublishedAWeekAhead;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MaterialsPublishedAWeekAheadTest {
  private static final Instant AFTER_THE_YEAR = Instant.parse("2027-02-01T00:00:00Z");
  private final Rule rule = new MaterialsPublishedAWeekAhead();
  private final ForumYear year = SampleYears.keskiSuomi(2026);

  private ImmutableList<Finding> check(ForumYear plan) {
    return rule.check(CheckContext.of(plan, SampleYears.profile(), AFTER_THE_YEAR));
  }

  private ForumYear withFirstForumsPublications(Publication... publications) {
    ForumEvent forum = ImmutableForumEvent.copyOf(year.events().get(0)).withPublications(publications);
    return ImmutableForumYear.copyOf(year).withEvents(ImmutableList.<ForumEvent>builder()
        .add(forum).addAll(year.events().subList(1, year.events().size())).build());
  }

  private Publication published(MaterialKind material, int daysBefore) {
    ForumEvent forum = year.events().get(0);
    return ImmutablePublication.builder().material(material).channel(fi.hyvinvointialue.forum.domain.Channel.WEBSITE)
        .publishedAt(forum.start().minusDays(daysBefore)).build();
  }

  @Test
  void materialsAWeekAheadPass() {
    assertEquals(ImmutableList.of(), check(withFirstForumsPublications(
        published(MaterialKind.CONTENT, 7), published(MaterialKind.AGENDA, 7), published(MaterialKind.BACKGROUND_MATERIAL, 7))));
  }

  @Test
  void anAgendaSixDaysAheadIsAViolationWithTheDatesComputed() {
    ImmutableList<Finding> findings = check(withFirstForumsPublications(
        published(MaterialKind.CONTENT, 7), published(MaterialKind.AGENDA, 6), published(MaterialKind.BACKGROUND_MATERIAL, 7)));

    assertEquals(1, findings.size());
    Finding finding = findings.get(0);
    assertEquals("TL-4.1", finding.clauseId());
    assertEquals(Severity.VIOLATION, finding.severity());
    assertEquals(Subject.of(SubjectKind.EVENT, "foorumi-2026-1"), finding.subject());
    assertEquals("2026-03-05", finding.facts().get("published"));
    assertEquals("2026-03-04", finding.facts().get("deadline"));
    assertEquals(
        "The agenda of the forum of 2026-03-11 was published on the website on 2026-03-05, 6 days before the event; "
            + "it must be published by 2026-03-04 (at least 7 days before).",
        finding.message(Locale.ENGLISH));
    assertEquals(
        "Foorumin 2026-03-11 aineisto asialista julkaistiin verkkosivuilla 2026-03-05, 6 päivää ennen tilaisuutta; "
            + "se on julkaistava viimeistään 2026-03-04 (vähintään 7 päivää ennen).",
        finding.message(Locale.forLanguageTag("fi")));
  }

  @Test
  void aMissingMaterialIsAViolationOnceItsDeadlineHasPassed() {
    ForumYear plan = withFirstForumsPublications(published(MaterialKind.CONTENT, 7), published(MaterialKind.AGENDA, 7));

    assertEquals(1, check(plan).size());
    assertEquals("materials-published-a-week-ahead.missing", check(plan).get(0).messageKey());
    assertEquals(ImmutableList.of(),
        rule.check(CheckContext.of(plan, SampleYears.profile(), Instant.parse("2026-03-01T00:00:00Z"))));
  }
}
