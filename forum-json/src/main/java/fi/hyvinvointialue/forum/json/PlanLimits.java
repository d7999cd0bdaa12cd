package fi.hyvinvointialue.forum.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The limits a plan file is read within, so that no file keeps the reader busy for long or fills
 * its memory: the file's size (settable, {@link PlanFiles#DEFAULT_SIZE_LIMIT} by default), and
 * fixed limits on one text, one number and the nesting, all far beyond what a year's plan needs.
 *
 * <p>They are set as the parsers' own limits, Jackson's {@link StreamReadConstraints} and SnakeYAML's
 * {@link LoaderOptions}. Of SnakeYAML's, only the code point limit takes effect: Jackson reads
 * SnakeYAML's events, and the nesting and alias limits belong to SnakeYAML's composer, which Jackson
 * does not use. They are set all the same; the nesting is bounded by Jackson's limit, and anchors and
 * aliases are refused outright ({@link PlanYamlFactory}).
 */
final class PlanLimits {
  /** Characters in one text: a title, a memo, a comment (64 Ki, some thirty pages). */
  static final int MAX_TEXT_LENGTH = 1 << 16;
  /**
   * Bytes in one line of a YAML plan file: room for the longest text and its field name. SnakeYAML
   * scans a run of characters without a space or line break in time that grows with the square of
   * its length (it copies its buffer for every kilobyte it reads ahead), and checks its limits only
   * between tokens; bounding the lines bounds that time.
   */
  static final int MAX_YAML_LINE_LENGTH = 2 * MAX_TEXT_LENGTH;
  /** Objects and lists within each other; a plan with an embedded profile needs fewer than ten. */
  static final int MAX_NESTING_DEPTH = 64;
  /** Characters in one number; plan files hold years, counts, days and sequence numbers. */
  static final int MAX_NUMBER_LENGTH = 32;

  private PlanLimits() {}

  static StreamReadConstraints constraints(int sizeLimit) {
    return StreamReadConstraints.builder()
        .maxStringLength(MAX_TEXT_LENGTH)
        .maxNameLength(MAX_TEXT_LENGTH)
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxDocumentLength(sizeLimit)
        .build();
  }

  /**
   * The limits of a stored year's document, which this library wrote itself from a year the model
   * accepted: its texts may be as long as the model allows (a long comment taken by the secretariat),
   * so only the nesting and the numbers are bounded.
   */
  static StreamReadConstraints storedDocuments() {
    return StreamReadConstraints.builder()
        .maxStringLength(Integer.MAX_VALUE)
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .build();
  }

  static LoaderOptions loaderOptions(int sizeLimit) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(sizeLimit);
    options.setNestingDepthLimit(MAX_NESTING_DEPTH);
    options.setMaxAliasesForCollections(0);
    options.setAllowDuplicateKeys(false);
    options.setAllowRecursiveKeys(false);
    return options;
  }

  /** Refuses a YAML file with a line longer than {@link #MAX_YAML_LINE_LENGTH}, at that line, before it is parsed. */
  static void refuseLongLines(String sourceName, byte[] content) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i <= content.length; i++) {
      if (i < content.length && content[i] != '\n' && content[i] != '\r') {
        continue;
      }
      if (i - lineStart > MAX_YAML_LINE_LENGTH) {
        throw new PlanFileError(sourceName, line, 1, "",
            "the line is longer than the limit of " + MAX_YAML_LINE_LENGTH + " bytes for a YAML plan file");
      }
      if (i + 1 < content.length && content[i] == '\r' && content[i + 1] == '\n') {
        i++;
      }
      line++;
      lineStart = i + 1;
    }
  }

  static String textTooLong(int length) {
    return "a text of " + length + " characters is longer than the limit of " + MAX_TEXT_LENGTH;
  }

  static String tooLarge(int sizeLimit) {
    return "is larger than the limit of " + bytes(sizeLimit) + " for a plan file";
  }

  /** A parser's limit, in the plan writer's words rather than Jackson's. */
  static String exceeded(StreamConstraintsException limit) {
    String message = String.valueOf(limit.getOriginalMessage()).toLowerCase(Locale.ROOT);
    if (message.contains("nesting depth")) {
      return "objects and lists nested deeper than the limit of " + MAX_NESTING_DEPTH + " levels";
    }
    if (message.contains("number value length") || message.contains("number length")) {
      return "a number longer than the limit of " + MAX_NUMBER_LENGTH + " characters";
    }
    if (message.contains("document length") || message.contains("code points")) {
      return "the file is longer than its size limit";
    }
    return "a text longer than the limit of " + MAX_TEXT_LENGTH + " characters";
  }

  private static String bytes(int count) {
    return count % (1 << 20) == 0 ? count / (1 << 20) + " MiB (" + count + " bytes)" : count + " bytes";
  }
}
