package fi.hyvinvointialue.forum.domain;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;

/** The parties' recorded commitment to the regional vitality pledge (KE-5). */
@Value.Immutable
@ForumStyle
public interface VitalityPledge {
  LocalDate committedOn();

  /** The committed parties' names. */
  ImmutableList<String> parties();
}
