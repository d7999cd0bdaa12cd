package fi.hyvinvointialue.forum.domain;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** The working group that supports the preparation, appointed for a council term (TL-3.4–3.6). */
@Value.Immutable
@ForumStyle
public interface WorkingGroup {
  /** The group's term as appointed; TL-3.6 wants it to be a council term. */
  LocalDate termStart();

  LocalDate termEnd();

  Optional<LocalDate> appointedOn();

  ImmutableList<WorkingGroupMember> members();

  /** The group's term as a span of days, to be held against the council's terms (TL-3.6). */
  default CouncilTerm term() {
    return CouncilTerm.of(termStart(), termEnd());
  }

  @Value.Check
  default void check() {
    Checks.after(termEnd(), termStart(), "workingGroup.termEnd", "workingGroup.termStart");
  }
}
