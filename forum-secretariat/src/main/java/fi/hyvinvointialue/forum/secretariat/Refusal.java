package fi.hyvinvointialue.forum.secretariat;

import java.util.Optional;

/** The secretariat would not do what was asked, and stored nothing: the reason, its clause and the record. */
public final class Refusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final RefusalReason reason;
  private final String subject;

  public Refusal(RefusalReason reason, String subject, String detail) {
    super(reason.clauseId().map(clause -> clause + " ").orElse("") + reason + ": " + subject + ": " + detail);
    this.reason = reason;
    this.subject = subject;
  }

  public RefusalReason reason() {
    return reason;
  }

  /** The clause that rules the step out, when one does. */
  public Optional<String> clauseId() {
    return reason.clauseId();
  }

  /** The record the refusal is about: an event's id, a field, a year. */
  public String subject() {
    return subject;
  }
}
