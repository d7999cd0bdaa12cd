package fi.hyvinvointialue.forum.pages;

import fi.hyvinvointialue.forum.rules.core.Clause;
import fi.hyvinvointialue.forum.rules.core.Clauses;
import java.util.Locale;

/** A clause's summary in the language asked for: Finnish as the policy has it, Swedish or English. */
public final class ClauseText {
  private ClauseText() {}

  public static String of(String clauseId, Locale language) {
    return Clauses.byId(clauseId).map(clause -> in(clause, language)).orElse("");
  }

  public static String heading(String clauseId, Locale language) {
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
