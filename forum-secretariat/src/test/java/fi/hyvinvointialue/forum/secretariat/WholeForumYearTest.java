package fi.hyvinvointialue.forum.secretariat;

import fi.hyvinvointialue.forum.domain.memory.InMemoryForumYears;
import fi.hyvinvointialue.forum.domain.port.ForumYears;

/** The whole year on the in-memory store. */
class WholeForumYearTest implements WholeForumYearContract {
  @Override
  public ForumYears forumYears() {
    return new InMemoryForumYears();
  }
}
