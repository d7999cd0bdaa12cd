package fi.hyvinvointialue.forum.domain.port;

/** The storage could not do what was asked; nothing was half-written. Messages never carry credentials. */
public final class StorageFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StorageFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
