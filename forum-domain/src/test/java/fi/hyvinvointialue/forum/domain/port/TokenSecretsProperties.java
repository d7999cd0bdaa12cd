package fi.hyvinvointialue.forum.domain.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenSecretsProperties {
  @Test
  void aGeneratedTokenSplitsBackIntoItsIdAndSecretAndItsIdNeverLooksLikeAnOption() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      String[] generated = TokenSecrets.generate(new Random(seed));
      String[] split = TokenSecrets.split(generated[0] + "." + generated[1]).orElseThrow();

      assertEquals(generated[0], split[0]);
      assertEquals(generated[1], split[1]);
      assertTrue(TokenSecrets.isId(generated[0]), generated[0]);
      assertFalse(generated[0].startsWith("-"), "a command line would take " + generated[0] + " for an option");
      assertTrue(TokenSecrets.matches(generated[1], TokenSecrets.hash(generated[1])));
    });
  }
}
