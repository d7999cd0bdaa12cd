package fi.hyvinvointialue.forum.json;

/** A field whose value the conversion to the domain refuses; reported at the field's own path. */
final class InvalidField extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;

  InvalidField(String field, String message) {
    super(message);
    this.field = field;
  }

  String field() {
    return field;
  }
}
