package fi.hyvinvointialue.forum.server;

import com.tngtech.archunit.core.domain.JavaClasses;
import fi.hyvinvointialue.forum.domain.testing.HexagonRules;
import org.junit.jupiter.api.Test;

class ServerArchitectureTest {
  private static final String ROOT = "fi.hyvinvointialue.forum";

  private final JavaClasses server = HexagonRules.mainClasses(ROOT + ".server");

  @Test
  void theServerSeesOnlyTheModelTheUseCasesThePagesAndTheAdapters() {
    HexagonRules.serverSeesOnlyTheModelUseCasesPagesAndAdapters(ROOT).check(server);
  }

  @Test
  void packagesAreFreeOfCycles() {
    HexagonRules.packagesAreFreeOfCycles(ROOT).check(server);
  }
}
