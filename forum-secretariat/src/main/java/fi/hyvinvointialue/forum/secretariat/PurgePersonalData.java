package fi.hyvinvointialue.forum.secretariat;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import org.immutables.value.Value;

/** Purge the personal data the profile's retention period no longer allows keeping. */
@Value.Immutable
@ForumStyle
public interface PurgePersonalData extends Request {}
