package fi.hyvinvointialue.forum.cli;

/**
 * A plan not based on the stored version of its year: storing it would lose what was stored since.
 * The message says who stored which version when, and what they changed.
 */
final class StoreConflict extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StoreConflict(String message) {
    super(message);
  }
}
