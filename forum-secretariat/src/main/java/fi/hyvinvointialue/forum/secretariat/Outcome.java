package fi.hyvinvointialue.forum.secretariat;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.rules.CheckResult;
import fi.hyvinvointialue.forum.rules.core.Finding;
import org.immutables.value.Value;

/** What an operation left: the year as stored, and what the policy finds in it at the operation's time. */
@Value.Immutable
@ForumStyle
public interface Outcome {
  @Value.Parameter
  StoredYear stored();

  @Value.Parameter
  CheckResult check();

  /** The version the next request on this year names as its expected version. */
  default long version() {
    return stored().version();
  }

  default ForumYear year() {
    return stored().year();
  }

  default ImmutableList<Finding> findings() {
    return check().findings();
  }
}
