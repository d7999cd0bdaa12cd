package fi.hyvinvointialue.forum.domain.port;

/** Dates derived from an event that a feed may show as all-day entries of their own. */
public enum DerivedEntry {
  /** The last day the materials may appear on the website (TL-4.1). */
  MATERIALS_DEADLINE,
  /** The electronic feedback window (TL-4.6). */
  FEEDBACK_WINDOW,
  /** The days the recording is watchable (TL-4.7). */
  RECORDING_AVAILABILITY,
  /** When the memo is expected to reach its recipients (TL-4.8). */
  MEMO_DELIVERY
}
