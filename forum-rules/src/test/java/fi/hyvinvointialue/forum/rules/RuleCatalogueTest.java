package fi.hyvinvointialue.forum.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import fi.hyvinvointialue.forum.rules.core.Clause;
import fi.hyvinvointialue.forum.rules.core.ClauseIds;
import fi.hyvinvointialue.forum.rules.core.ClauseKind;
import fi.hyvinvointialue.forum.rules.core.Clauses;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Rule;
import fi.hyvinvointialue.forum.rules.core.Severity;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {
  @Test
  void everyNormativeClauseIsCitedBySomeRule() {
    Set<String> cited = RuleCatalogue.ALL.stream().map(Rule::clauseId).collect(Collectors.toSet());
    ImmutableList<String> uncited = Clauses.normative().stream().map(Clause::id).filter(id -> !cited.contains(id))
        .collect(ImmutableList.toImmutableList());
    assertEquals(ImmutableList.of(), uncited);
  }

  @Test
  void everyRuleCitesANormativeClauseSoNoneJudgesWhatTheScopeClauseLeavesOut() {
    for (Rule rule : RuleCatalogue.ALL) {
      assertEquals(ClauseKind.NORMATIVE, Clauses.byId(rule.clauseId()).orElseThrow().kind(), rule.toString());
    }
    assertTrue(RuleCatalogue.ALL.stream().noneMatch(rule -> rule.clauseId().equals("TL-1.2")));
  }

  @Test
  void ruleIdsAreUniqueAndStable() {
    Set<String> ids = RuleCatalogue.ALL.stream().map(Rule::id).collect(Collectors.toSet());
    assertEquals(RuleCatalogue.ALL.size(), ids.size());
    assertTrue(ids.contains("materials-published-a-week-ahead"));
  }

  @Test
  void rulesAreListedInTheClauseOrder() {
    ImmutableList<String> clauses = RuleCatalogue.ALL.stream().map(Rule::clauseId).collect(ImmutableList.toImmutableList());
    assertEquals(clauses.stream().sorted(ClauseIds.ORDER).collect(ImmutableList.toImmutableList()), clauses);
  }

  @Test
  void everyRulePassesTheSampleYears() {
    ForumYear plain = SampleYears.keskiSuomi(2026);
    ForumYear partnership = SampleYears.keskiSuomiWithPartnership(2026);
    for (Rule rule : RuleCatalogue.ALL) {
      ImmutableSet<Severity> plainSeverities = severities(Plans.check(rule, plain, KeskiSuomi.profile()));
      ImmutableSet<Severity> partnershipSeverities =
          severities(Plans.check(rule, partnership, KeskiSuomi.profileWithPartnership()));
      // The default profile's notices: its approval has no date (I-19), its county no business ID (I-23).
      ImmutableSet<Severity> expected = rule.id().equals("profile-approved-by-regional-board")
          || rule.id().equals("county-convenes-chairs-and-keeps-minutes") ? ImmutableSet.of(Severity.NOTICE) : ImmutableSet.of();
      assertEquals(expected, plainSeverities, rule.toString());
      assertEquals(expected, partnershipSeverities, rule.toString());
    }
  }

  @Test
  void everyRuleHasAFaultThatMakesItFail() {
    Set<String> failing = Faults.ALL.stream().map(Fault::messageKey).map(key -> key.split("\\.")[0]).collect(Collectors.toSet());
    ImmutableList<String> untested = RuleCatalogue.ALL.stream().map(Rule::id).filter(id -> !failing.contains(id))
        .collect(ImmutableList.toImmutableList());
    assertEquals(ImmutableList.of(), untested);
  }

  @Test
  void theProposalsRulesAreSilentWhereTheProfileDoesNotAdoptThem() {
    for (Fault fault : Faults.ALL) {
      if (fault.isProposal()) {
        CheckResult result = PolicyCheck.standard()
            .check(fault.apply(SampleYears.keskiSuomiWithPartnership(2026)), KeskiSuomi.profile(), Plans.LONG_AFTER);
        assertTrue(result.findings().stream().noneMatch(finding -> finding.clauseId().startsWith("KE-")), fault.toString());
      }
    }
  }

  @Test
  void aBareYearGivesFindingsNotExceptions() {
    ForumYear bare = ImmutableForumYear.builder().countyId(KeskiSuomi.COUNTY_ID).year(2026).build();
    assertEquals(ImmutableList.of("profile-approved-by-regional-board.undated", "year-serves-every-strategic-goal",
        "year-has-annual-clock",
        "working-group-with-provider-representatives.missing", "enough-forums-a-year",
        "communication-plan-covers-each-forum.missing", "entrepreneur-organisations-are-permanent-members",
        "joint-partnership-playbook.missing", "written-partnership-agreement.missing"),
        PolicyCheck.standard().check(bare, KeskiSuomi.profileWithPartnership(), Plans.LONG_AFTER).findings().stream()
            .map(Finding::messageKey).collect(ImmutableList.toImmutableList()));
  }

  private static ImmutableSet<Severity> severities(ImmutableList<Finding> findings) {
    return findings.stream().map(Finding::severity).collect(ImmutableSet.toImmutableSet());
  }
}
