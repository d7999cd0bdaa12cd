package fi.hyvinvointialue.forum.secretariat;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.Registration;
import org.immutables.value.Value;

/**
 * Record a provider's sign-up to an event and whether it was accepted (TL-3.7); a later decision on
 * the same organisation replaces the earlier one.
 */
@Value.Immutable
@ForumStyle
public interface RecordRegistration extends EventRequest {
  Registration registration();
}
