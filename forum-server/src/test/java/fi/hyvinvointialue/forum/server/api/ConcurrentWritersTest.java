package fi.hyvinvointialue.forum.server.api;

import fi.hyvinvointialue.forum.domain.memory.InMemoryApiTokens;
import fi.hyvinvointialue.forum.domain.memory.InMemoryForumYears;
import org.junit.jupiter.api.Test;

class ConcurrentWritersTest {
  @Test
  void fiftyWritersWithIfMatchOnOneYearLoseNothing() throws Exception {
    try (ApiFixture api = new ApiFixture(new InMemoryForumYears(), new InMemoryApiTokens())) {
      ConcurrentWriters.runAndProveNothingIsLost(api, 50);
    }
  }
}
