package fi.hyvinvointialue.forum.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.rules.core.Clause;
import fi.hyvinvointialue.forum.rules.core.ClauseKind;
import fi.hyvinvointialue.forum.rules.core.Clauses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ClausesTest {
  /** Where the policy sits beside the repository, seen from this module's directory. */
  private static final Path SHARED = Path.of("..", "..", "shared", "policy", "clauses.tsv");

  @Test
  void theShippedCopyEqualsTheSharedClauses() throws IOException {
    assumeTrue(Files.isRegularFile(SHARED), "shared/policy/clauses.tsv is not beside the repository");
    assertEquals(Files.readString(SHARED, StandardCharsets.UTF_8), Clauses.resource(Clauses.TABLE));
  }

  @Test
  void everyClauseHasItsKindAndAllThreeTexts() {
    assertEquals(36, Clauses.all().size());
    Clause clause = Clauses.byId("TL-4.1").orElseThrow();
    assertEquals(ClauseKind.NORMATIVE, clause.kind());
    assertEquals("Content, agenda and background material on the website at least one week before", clause.english());
    assertEquals("Sisältö, asialista ja taustamateriaali julkaistaan verkkosivuilla viimeistään viikko ennen",
        clause.finnish());
    assertEquals("Innehåll, föredragningslista och bakgrundsmaterial publiceras på webbplatsen senast en vecka före",
        clause.swedish());
    assertEquals("000_ecf68199e1efce01.txt", clause.source());
    assertEquals(ClauseKind.SCOPE, Clauses.byId("TL-1.2").orElseThrow().kind());
    assertTrue(Clauses.byId("KE-4").orElseThrow().isProposal());
    assertFalse(Clauses.byId("TL-9.9").isPresent());
    for (Clause each : Clauses.all()) {
      assertFalse(each.finnish().isBlank(), each.id());
      assertFalse(each.english().isBlank(), each.id());
      assertFalse(each.swedish().isBlank(), each.id());
    }
  }

  @Test
  void theNormativeClausesAreTheOnesTheIssueNames() {
    assertEquals(
        ImmutableList.of("TL-1.3", "TL-2.1", "TL-2.4", "TL-2.5", "TL-3.1", "TL-3.2", "TL-3.3", "TL-3.4", "TL-3.5",
            "TL-3.6", "TL-3.7", "TL-4.1", "TL-4.2", "TL-4.3", "TL-4.4", "TL-4.5", "TL-4.6", "TL-4.7", "TL-4.8",
            "TL-4.9", "TL-4.10", "TL-5.1", "TL-5.2", "KE-1", "KE-2", "KE-3", "KE-4", "KE-5"),
        Clauses.normative().stream().map(Clause::id).collect(ImmutableList.toImmutableList()));
  }
}
