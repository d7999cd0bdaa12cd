package fi.hyvinvointialue.forum.secretariat;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.Playbook;
import org.immutables.value.Value;

/** Register the partnership playbook (KE-3), replacing the earlier one. */
@Value.Immutable
@ForumStyle
public interface RegisterPlaybook extends Request {
  Playbook playbook();
}
