package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.rules.Clauses;
import java.util.Locale;

/** A clause's summary in the language asked for: Finnish as the policy has it, otherwise English. */
final class ClauseText {
  private ClauseText() {}

  static String of(String clauseId, Locale language) {
    return Clauses.byId(clauseId)
        .map(clause -> "fi".equals(language.getLanguage()) ? clause.finnish() : clause.english())
        .orElse("");
  }

  static String heading(String clauseId, Locale language) {
    String text = of(clauseId, language);
    return text.isEmpty() ? clauseId : clauseId + " · " + text;
  }
}
