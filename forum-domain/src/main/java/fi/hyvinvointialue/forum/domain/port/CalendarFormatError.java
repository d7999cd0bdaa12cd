package fi.hyvinvointialue.forum.domain.port;

/** A calendar could not be read: the message names the source and the line. */
public final class CalendarFormatError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CalendarFormatError(String message, Throwable cause) {
    super(message, cause);
  }

  public CalendarFormatError(String message) {
    super(message);
  }
}
