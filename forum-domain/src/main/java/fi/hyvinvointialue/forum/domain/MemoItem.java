package fi.hyvinvointialue.forum.domain;

import org.immutables.value.Value;

/** What the memo says of one agenda item's handling in decision-making (TL-4.9). */
@Value.Immutable
@ForumStyle
public interface MemoItem {
  String agendaItemId();

  String decisionHandling();
}
