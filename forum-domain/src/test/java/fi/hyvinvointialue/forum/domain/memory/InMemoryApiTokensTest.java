package fi.hyvinvointialue.forum.domain.memory;

import fi.hyvinvointialue.forum.domain.port.ApiTokens;
import fi.hyvinvointialue.forum.domain.testing.ApiTokensContract;

class InMemoryApiTokensTest implements ApiTokensContract {
  private final InMemoryApiTokens tokens = new InMemoryApiTokens();

  @Override
  public ApiTokens apiTokens() {
    return tokens;
  }
}
