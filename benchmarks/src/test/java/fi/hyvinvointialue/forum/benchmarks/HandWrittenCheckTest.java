package fi.hyvinvointialue.forum.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Multiset;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.ImmutablePublication;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.rules.PolicyCheck;
import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The baseline is honest only if it checks what the rules check: on years broken in each way the
 * rules know, it must find exactly the rules' findings (by message key and subject).
 */
class HandWrittenCheckTest {
  private static final PolicyProfile PROFILE = Workloads.profile();
  private static final Instant NOW = Workloads.now(Workloads.YEAR);
  private static final String FORUM = "foorumi-" + Workloads.YEAR + "-2";

  static Stream<Arguments> brokenYears() {
    return Stream.of(
        Arguments.of("compliant", year(UnaryOperator.identity())),
        Arguments.of("agenda published late", event(FORUM, event -> ImmutableForumEvent.copyOf(event)
            .withPublications(event.publications().stream()
                .map(publication -> publication.material() == MaterialKind.AGENDA
                    ? ImmutablePublication.copyOf(publication)
                        .withPublishedAt(event.start().minusDays(3))
                    : publication)
                .collect(ImmutableList.toImmutableList())))),
        Arguments.of("no materials", event(FORUM, event -> ImmutableForumEvent.copyOf(event).withPublications())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenYears")
  void findsWhatTheRulesFind(String broken, ForumYear year) {
    Multiset<String> byRules = HashMultiset.create();
    PolicyCheck.standard().check(year, PROFILE, NOW).findings()
        .forEach(finding -> byRules.add(finding.messageKey() + " @ " + finding.subject().id()));
    Multiset<String> byHand = HashMultiset.create();
    HandWrittenCheck.check(year, PROFILE, NOW).forEach(issue -> byHand.add(issue.key() + " @ " + issue.subject()));

    assertEquals(byRules, byHand);
    assertEquals(broken.equals("compliant"), byRules.isEmpty(), () -> broken + " gave " + byRules);
  }

  private static ForumYear year(UnaryOperator<ForumYear> change) {
    return change.apply(Workloads.sixForumYear(Workloads.YEAR));
  }

  private static ForumYear event(String id, UnaryOperator<ForumEvent> change) {
    return year(year -> ImmutableForumYear.copyOf(year).withEvents(year.events().stream()
        .map(event -> event.id().equals(id) ? change.apply(event) : event)
        .collect(ImmutableList.toImmutableList())));
  }
}
