package fi.hyvinvointialue.forum.rules.core;

import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Which events the rules count, and in what order, so that results never depend on the input's order. */
public final class Events {
  /** By start, then id: ids are unique, so this is a total order. */
  public static final Comparator<ForumEvent> CHRONOLOGICAL =
      Comparator.comparing(ForumEvent::start).thenComparing(ForumEvent::id);

  private Events() {}

  public static boolean isActive(ForumEvent event) {
    return event.status() != EventStatus.CANCELLED;
  }

  /** An open forum held or planned: a cancelled one counts for nothing. */
  public static boolean isActiveForum(ForumEvent event) {
    return event.isOpenForum() && isActive(event);
  }

  public static Subject subject(ForumEvent event) {
    return Subject.of(SubjectKind.EVENT, event.id());
  }

  public static Subject memoSubject(ForumEvent event) {
    return Subject.of(SubjectKind.MEMO, event.id());
  }

  /** The event's start day, as findings state it; built only for a finding, never on the compliant path. */
  public static String day(ForumEvent event) {
    return event.start().toLocalDate().toString();
  }

  public static Subject subject(ForumYear year) {
    return Subject.of(SubjectKind.YEAR, year.countyId() + "/" + year.year());
  }

  /** The year's open forums held or planned, in chronological order. */
  public static List<ForumEvent> activeForums(ForumYear year) {
    List<ForumEvent> forums = new ArrayList<>(year.events().size());
    for (ForumEvent event : year.events()) {
      if (isActiveForum(event)) {
        forums.add(event);
      }
    }
    forums.sort(CHRONOLOGICAL);
    return forums;
  }
}
