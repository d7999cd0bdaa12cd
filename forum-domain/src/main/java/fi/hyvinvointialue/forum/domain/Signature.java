package fi.hyvinvointialue.forum.domain;

import java.time.LocalDate;
import org.immutables.value.Value;

/** One party's signature on the partnership agreement. */
@Value.Immutable
@ForumStyle
public interface Signature {
  /** The signing party's name, as listed among the agreement's parties. */
  String party();

  String signatory();

  LocalDate signedOn();
}
