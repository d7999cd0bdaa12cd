package fi.hyvinvointialue.forum.secretariat;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.Organisation;
import org.immutables.value.Value;

/** Register the partnership agreement (KE-4); signatures and the pledge already recorded are kept. */
@Value.Immutable
@ForumStyle
public interface RegisterAgreement extends Request {
  String title();

  /** Agreed in writing, not only orally. */
  boolean written();

  ImmutableList<String> sharedGoals();

  ImmutableList<Organisation> parties();
}
