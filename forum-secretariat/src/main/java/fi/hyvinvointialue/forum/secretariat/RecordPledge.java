package fi.hyvinvointialue.forum.secretariat;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** Record the parties' commitment to the vitality pledge (KE-5) on the registered agreement. */
@Value.Immutable
@ForumStyle
public interface RecordPledge extends Request {
  /** Empty means today. */
  Optional<LocalDate> committedOn();

  /** The committed parties' names, as the agreement lists them. */
  ImmutableList<String> parties();
}
