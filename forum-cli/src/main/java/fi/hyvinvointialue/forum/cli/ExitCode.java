package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.domain.port.StorageFailure;
import fi.hyvinvointialue.forum.domain.port.VersionConflict;

/** What a run of the command tells its caller, and the number the process exits with (listed in {@link Forum}'s help). */
enum ExitCode {
  /** The plans comply (warnings and notices included), or the command did what it was asked. */
  COMPLIANT(0),
  /** A plan violates the policy, or no plan satisfies it. */
  VIOLATIONS(1),
  /** A file or an option could not be read. */
  BAD_INPUT(2),
  /** Someone else stored the year since the plan's base version: storing it would lose their edits. */
  CONFLICT(3),
  /** The database could not be reached or failed; nothing was half-written. */
  STORAGE_UNAVAILABLE(4);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  int code() {
    return code;
  }

  /** The worse of two outcomes, for a command that handles several files. */
  ExitCode worse(ExitCode other) {
    return other.code > code ? other : this;
  }

  /** The outcome of a command that failed with {@code failure}. */
  static ExitCode of(Throwable failure) {
    if (failure instanceof StoreConflict || failure instanceof VersionConflict) {
      return CONFLICT;
    }
    return failure instanceof StorageFailure ? STORAGE_UNAVAILABLE : BAD_INPUT;
  }
}
