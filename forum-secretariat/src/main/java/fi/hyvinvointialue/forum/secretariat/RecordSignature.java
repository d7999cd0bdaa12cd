package fi.hyvinvointialue.forum.secretariat;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.Signature;
import org.immutables.value.Value;

/** Record one party's signature on the registered partnership agreement (KE-4). */
@Value.Immutable
@ForumStyle
public interface RecordSignature extends Request {
  Signature signature();
}
