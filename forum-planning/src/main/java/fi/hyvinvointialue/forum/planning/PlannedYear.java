package fi.hyvinvointialue.forum.planning;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.ForumYear;
import org.immutables.value.Value;

/** A proposed year: the forum year to check, store and publish, and each forum's schedule explained. */
@Value.Immutable
@ForumStyle
public interface PlannedYear {
  ForumYear year();

  /** The year's open forums in date order, as in {@link ForumYear#events()}. */
  ImmutableList<PlannedForum> forums();

  /** What has to be filled in before the plan is published: the parts made of placeholders. */
  ImmutableSet<SketchedRecord> sketched();
}
