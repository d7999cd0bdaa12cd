package fi.hyvinvointialue.forum.domain.profile;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** Who approved a policy profile, and when (TL-1.3: the regional board approves the policy). */
@Value.Immutable
@ForumStyle
public interface Approval {
  /** The approving body, e.g. "Keski-Suomen hyvinvointialueen aluehallitus". */
  String body();

  /** Empty where the decision's date is not on record. */
  Optional<LocalDate> approvedOn();

  /** The minutes' reference (pöytäkirja, pykälä), if known. */
  Optional<String> reference();

  /** The approver is the county's regional board, as TL-1.3 requires. */
  boolean byRegionalBoard();
}
