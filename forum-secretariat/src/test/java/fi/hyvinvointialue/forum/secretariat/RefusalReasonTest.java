package fi.hyvinvointialue.forum.secretariat;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RefusalReasonTest {
  @Test
  void aRefusalByThePolicyNamesItsClause() {
    for (RefusalReason reason : RefusalReason.values()) {
      if (reason.kind() == RefusalReason.Kind.POLICY) {
        assertTrue(reason.clauseId().isPresent(), reason + " is the policy's refusal but names no clause");
      }
    }
  }
}
