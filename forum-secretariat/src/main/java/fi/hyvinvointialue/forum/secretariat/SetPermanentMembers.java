package fi.hyvinvointialue.forum.secretariat;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.Organisation;
import org.immutables.value.Value;

/** Set the forum's permanent members (KE-1), replacing the earlier list. */
@Value.Immutable
@ForumStyle
public interface SetPermanentMembers extends Request {
  ImmutableList<Organisation> members();
}
