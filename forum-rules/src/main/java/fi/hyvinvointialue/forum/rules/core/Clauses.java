package fi.hyvinvointialue.forum.rules.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The policy's clauses, in the policy's order, for reports: a copy of shared/policy/clauses.tsv shipped
 * with the rules (a test keeps it equal to the original), the Finnish summaries of CLAUSES.md and the
 * library's own Swedish rendering of them (clauses-sv.tsv: a translation for reports, not an official text).
 */
public final class Clauses {
  public static final String TABLE = "clauses.tsv";
  public static final String FINNISH = "clauses-fi.tsv";
  public static final String SWEDISH = "clauses-sv.tsv";

  private static final ImmutableList<Clause> ALL = load();
  private static final ImmutableMap<String, Clause> BY_ID = Maps.uniqueIndex(ALL, Clause::id);

  private Clauses() {}

  public static ImmutableList<Clause> all() {
    return ALL;
  }

  public static Optional<Clause> byId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  public static ImmutableList<Clause> normative() {
    return ALL.stream().filter(clause -> clause.kind() == ClauseKind.NORMATIVE).collect(ImmutableList.toImmutableList());
  }

  /** The text of a shipped resource, read as UTF-8. */
  public static String resource(String name) {
    try (InputStream in = Clauses.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("forum-rules is packaged without its resource " + name);
      }
      // By name: the rules see no java.nio (RulesArchitectureTest), and UTF-8 is always supported.
      return new String(in.readAllBytes(), "UTF-8");
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read the resource " + name, unreadable);
    }
  }

  private static ImmutableList<Clause> load() {
    Map<String, String> finnish = texts(FINNISH);
    Map<String, String> swedish = texts(SWEDISH);
    ImmutableList.Builder<Clause> clauses = ImmutableList.builder();
    for (String[] row : rows(TABLE, 4)) {
      clauses.add(ImmutableClause.builder().id(row[0]).source(row[1])
          .kind(ClauseKind.valueOf(row[2].toUpperCase(Locale.ROOT))).english(row[3])
          .finnish(text(finnish, FINNISH, row[0])).swedish(text(swedish, SWEDISH, row[0])).build());
    }
    return clauses.build();
  }

  /** A translation file's texts by clause id. */
  private static Map<String, String> texts(String name) {
    Map<String, String> texts = new HashMap<>();
    for (String[] row : rows(name, 2)) {
      texts.put(row[0], row[1]);
    }
    return texts;
  }

  private static String text(Map<String, String> texts, String name, String clauseId) {
    String text = texts.get(clauseId);
    if (text == null) {
      throw new IllegalStateException(name + " has no text for the clause " + clauseId + " of " + TABLE);
    }
    return text;
  }

  /** The rows after the header line, each split at tabs into exactly {@code columns} cells. */
  private static ImmutableList<String[]> rows(String name, int columns) {
    ImmutableList.Builder<String[]> rows = ImmutableList.builder();
    String[] lines = resource(name).split("\n");
    for (int line = 1; line < lines.length; line++) {
      if (lines[line].isBlank()) {
        continue;
      }
      String[] cells = lines[line].split("\t", -1);
      if (cells.length != columns) {
        throw new IllegalStateException(
            name + ", line " + (line + 1) + ": expected " + columns + " tab-separated cells, found " + cells.length);
      }
      rows.add(cells);
    }
    return rows.build();
  }
}
