package fi.hyvinvointialue.forum.secretariat;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.CouncilTerm;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.WorkingGroupMember;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** Appoint the working group for a council term (TL-3.4–3.6), replacing the earlier group. */
@Value.Immutable
@ForumStyle
public interface AppointWorkingGroup extends Request {
  CouncilTerm term();

  /** Empty means today. */
  Optional<LocalDate> appointedOn();

  ImmutableList<WorkingGroupMember> members();
}
