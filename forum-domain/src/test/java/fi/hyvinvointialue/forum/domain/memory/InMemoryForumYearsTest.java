package fi.hyvinvointialue.forum.domain.memory;

import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.testing.ForumYearsContract;

class InMemoryForumYearsTest implements ForumYearsContract {
  private final InMemoryForumYears store = new InMemoryForumYears();

  @Override
  public ForumYears forumYears() {
    return store;
  }
}
