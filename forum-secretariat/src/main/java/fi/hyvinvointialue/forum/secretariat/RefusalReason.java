package fi.hyvinvointialue.forum.secretariat;

import java.util.Optional;

/** Why the secretariat refused a step, with the clause that rules it out where one does. */
public enum RefusalReason {
  /** The request itself is unusable: no actor, no request id. */
  INVALID_REQUEST(null),
  /** A request id that was applied already, now sent with another request (not a retry of the first). */
  REQUEST_ID_REUSED(null),
  /** The change would leave the record inconsistent (an end before its start, a dangling reference). */
  INCONSISTENT_RECORD(null),
  /** A text holds a control character other than tab and line feed (NUL above all): no person types one. */
  CONTROL_CHARACTER(null),
  /** Nothing is stored for the year, and the step has nothing to work on. */
  UNKNOWN_YEAR(null),
  UNKNOWN_EVENT(null),
  DUPLICATE_EVENT(null),
  /** An event belongs to the year its start falls in; a move across years would change two records. */
  EVENT_OUTSIDE_YEAR(null),
  /** A cancelled event is not changed any more. */
  EVENT_CANCELLED(null),
  /** A held event is a record: it is not moved or cancelled. */
  EVENT_ALREADY_HELD(null),
  /** An event is recorded as held only once it has started. */
  EVENT_NOT_STARTED(null),
  /** A single procurement or service voucher on an open forum's agenda. */
  TARGETED_TOPIC_ON_OPEN_FORUM("TL-2.5"),
  /** Publishing the agenda of an event that has none. */
  NOTHING_TO_PUBLISH("TL-4.1"),
  NO_FEEDBACK_WINDOW("TL-4.6"),
  /** A comment, or closing the window, when the window is not open. */
  FEEDBACK_WINDOW_NOT_OPEN("TL-4.6"),
  /** TL-4.7 counts the recording's two weeks from its publication, so it needs a date. */
  RECORDING_WITHOUT_PUBLICATION_DATE("TL-4.7"),
  RECORDING_BEFORE_EVENT_ENDS("TL-4.7"),
  NO_RECORDING("TL-4.7"),
  RECORDING_ALREADY_REMOVED("TL-4.7"),
  /** The memo covers the electronic comments, so it is completed only after the window closes. */
  MEMO_BEFORE_FEEDBACK_CLOSES("TL-4.8"),
  /** The memo records the discussion, so it is completed only after the event. */
  MEMO_BEFORE_EVENT_ENDS("TL-4.8"),
  NO_MEMO("TL-4.8"),
  ALREADY_DELIVERED("TL-4.8"),
  /** The working group checks the memo before it is published or delivered. */
  MEMO_NOT_REVIEWED("TL-4.10"),
  /** A memo that has gone out (published or delivered) is not redrafted or reviewed again. */
  MEMO_ALREADY_PUBLISHED("TL-4.10"),
  /** No working group is in office to review the memo. */
  NO_WORKING_GROUP("TL-4.10"),
  /** The working group is appointed for a council term, and one that covers the year. */
  NOT_A_COUNCIL_TERM("TL-3.6"),
  TERM_DOES_NOT_COVER_YEAR("TL-3.6"),
  /** Signatures and the pledge go on a registered agreement. */
  NO_AGREEMENT("KE-4"),
  ALREADY_SIGNED("KE-4");

  private final String clauseId;

  RefusalReason(String clauseId) {
    this.clauseId = clauseId;
  }

  public Optional<String> clauseId() {
    return Optional.ofNullable(clauseId);
  }
}
