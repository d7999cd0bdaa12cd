package fi.hyvinvointialue.forum.json;

/**
 * A plan file that cannot be read, with where: the file, the line and column (1-based, 0 when
 * unknown) and the field's path such as {@code events[2].start}. The message is meant for the
 * person who wrote the file: it carries no stack trace and no Java type names.
 */
public final class PlanFileError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String path;
  private final String problem;

  PlanFileError(String file, int line, int column, String path, String problem) {
    super(describe(file, line, column, path, problem));
    this.file = file;
    this.line = line;
    this.column = column;
    this.path = path;
    this.problem = problem;
  }

  private static String describe(String file, int line, int column, String path, String problem) {
    String where = line > 0 ? file + ":" + line + ":" + column : file;
    return where + ": " + (path.isEmpty() ? "" : path + ": ") + problem;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The field's path from the top of the file, e.g. {@code events[2].start}; empty for the file as a whole. */
  public String path() {
    return path;
  }

  /** What is wrong, without the where. */
  public String problem() {
    return problem;
  }
}
