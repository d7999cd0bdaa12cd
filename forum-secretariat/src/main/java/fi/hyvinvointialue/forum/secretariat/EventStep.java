package fi.hyvinvointialue.forum.secretariat;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import org.immutables.value.Value;

/**
 * A step on one event that needs nothing but the event: cancel it, close its feedback window, take
 * its recording down, record the memo's review, publish the memo.
 */
@Value.Immutable
@ForumStyle
public interface EventStep extends EventRequest {}
