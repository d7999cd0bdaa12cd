package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.rules.Clause;
import fi.hyvinvointialue.forum.rules.Clauses;
import java.util.Locale;

/** A clause's summary in the language asked for: Finnish as the policy has it, Swedish or English. */
final class ClauseText {
  private ClauseText() {}

  static String of(String clauseId, Locale language) {
    return Clauses.byId(clauseId).map(clause -> in(clause, language)).orElse("");
  }

  static String heading(String clauseId, Locale language) {
    String text = of(clauseId, language);
    return text.isEmpty() ? clauseId : clauseId + " · " + text;
  }

  private static String in(Clause clause, Locale language) {
    switch (language.getLanguage()) {
      case "fi":
        return clause.finnish();
      case "sv":
        return clause.swedish();
      default:
        return clause.english();
    }
  }
}
