package fi.hyvinvointialue.forum.cli;

/** What a run of the command tells its caller, and the number the process exits with. */
enum ExitCode {
  /** The plans comply (warnings and notices included), or the command did what it was asked. */
  COMPLIANT(0),
  /** A plan violates the policy, or no plan satisfies it. */
  VIOLATIONS(1),
  /** A file or an option could not be read. */
  BAD_INPUT(2);

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
}
