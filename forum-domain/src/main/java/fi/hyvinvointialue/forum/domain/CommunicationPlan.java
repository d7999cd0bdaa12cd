package fi.hyvinvointialue.forum.domain;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/** The communication plan based on the annual clock (TL-5.1) and the partners it is done with (TL-5.2). */
@Value.Immutable
@ForumStyle
public interface CommunicationPlan {
  ImmutableSet<Channel> channels();

  ImmutableList<Organisation> partners();

  ImmutableList<CommunicationEntry> entries();
}
