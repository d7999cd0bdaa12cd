package fi.hyvinvointialue.forum.domain;

import java.util.Optional;
import org.immutables.value.Value;

/** A provider's or company's sign-up to an event and what became of it (TL-3.7). */
@Value.Immutable
@ForumStyle
public interface Registration {
  Organisation organisation();

  /** The organisation operates in the county's region, which makes it eligible for an open forum. */
  boolean operatesInRegion();

  boolean accepted();

  Optional<String> reason();
}
