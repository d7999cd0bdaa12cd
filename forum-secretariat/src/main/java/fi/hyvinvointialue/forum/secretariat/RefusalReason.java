package fi.hyvinvointialue.forum.secretariat;

import java.util.Optional;

/** Why the secretariat refused a step, with the clause that rules it out where one does. */
public enum RefusalReason {
  /** The request itself is unusable: no actor, no request id. */
  INVALID_REQUEST(Kind.INVALID, null),
  /** A request id that was applied already, now sent with another request (not a retry of the first). */
  REQUEST_ID_REUSED(Kind.INVALID, null),
  /** The change would leave the record inconsistent (an end before its start, a dangling reference). */
  INCONSISTENT_RECORD(Kind.INVALID, null),
  /** A text holds a control character other than tab and line feed (NUL above all): no person types one. */
  CONTROL_CHARACTER(Kind.INVALID, null),
  /** Nothing is stored for the year, and the step has nothing to work on. */
  UNKNOWN_YEAR(Kind.NOT_FOUND, null),
  UNKNOWN_EVENT(Kind.NOT_FOUND, null),
  DUPLICATE_EVENT(Kind.STATE, null),
  /** An event belongs to the year its start falls in; a move across years would change two records. */
  EVENT_OUTSIDE_YEAR(Kind.INVALID, null),
  /** A cancelled event is not changed any more. */
  EVENT_CANCELLED(Kind.STATE, null),
  /** A held event is a record: it is not moved or cancelled. */
  EVENT_ALREADY_HELD(Kind.STATE, null),
  /** An event is recorded as held only once it has started. */
  EVENT_NOT_STARTED(Kind.STATE, null),
  /** A single procurement or service voucher on an open forum's agenda. */
  TARGETED_TOPIC_ON_OPEN_FORUM(Kind.POLICY, "TL-2.5"),
  /** Publishing the agenda of an event that has none. */
  NOTHING_TO_PUBLISH(Kind.STATE, "TL-4.1"),
  NO_FEEDBACK_WINDOW(Kind.STATE, "TL-4.6"),
  /** A comment, or closing the window, when the window is not open. */
  FEEDBACK_WINDOW_NOT_OPEN(Kind.STATE, "TL-4.6"),
  /** TL-4.7 counts the recording's two weeks from its publication, so it needs a date. */
  RECORDING_WITHOUT_PUBLICATION_DATE(Kind.POLICY, "TL-4.7"),
  RECORDING_BEFORE_EVENT_ENDS(Kind.POLICY, "TL-4.7"),
  NO_RECORDING(Kind.STATE, "TL-4.7"),
  RECORDING_ALREADY_REMOVED(Kind.STATE, "TL-4.7"),
  /** The memo covers the electronic comments, so it is completed only after the window closes. */
  MEMO_BEFORE_FEEDBACK_CLOSES(Kind.POLICY, "TL-4.8"),
  /** The memo records the discussion, so it is completed only after the event. */
  MEMO_BEFORE_EVENT_ENDS(Kind.POLICY, "TL-4.8"),
  NO_MEMO(Kind.STATE, "TL-4.8"),
  ALREADY_DELIVERED(Kind.STATE, "TL-4.8"),
  /** The working group checks the memo before it is published or delivered. */
  MEMO_NOT_REVIEWED(Kind.POLICY, "TL-4.10"),
  /** A memo that has gone out (published or delivered) is not redrafted or reviewed again. */
  MEMO_ALREADY_PUBLISHED(Kind.STATE, "TL-4.10"),
  /** No working group is in office to review the memo. */
  NO_WORKING_GROUP(Kind.POLICY, "TL-4.10"),
  /** The working group is appointed for a council term, and one that covers the year. */
  NOT_A_COUNCIL_TERM(Kind.POLICY, "TL-3.6"),
  TERM_DOES_NOT_COVER_YEAR(Kind.POLICY, "TL-3.6"),
  /** Signatures and the pledge go on a registered agreement. */
  NO_AGREEMENT(Kind.STATE, "KE-4"),
  ALREADY_SIGNED(Kind.STATE, "KE-4");

  /** What kind of refusal it is, for a caller that must tell them apart (the HTTP API's statuses). */
  public enum Kind {
    /** The request cannot be done as asked, whatever the record holds. */
    INVALID,
    /** The year or event the request is about is not in the record. */
    NOT_FOUND,
    /** The record's state rules the step out now: it was done already, or what it needs is not there yet. */
    STATE,
    /** The policy rules the step out: its clause says why. */
    POLICY
  }

  private final Kind kind;
  private final String clauseId;

  RefusalReason(Kind kind, String clauseId) {
    this.kind = kind;
    this.clauseId = clauseId;
  }

  public Kind kind() {
    return kind;
  }

  public Optional<String> clauseId() {
    return Optional.ofNullable(clauseId);
  }
}
