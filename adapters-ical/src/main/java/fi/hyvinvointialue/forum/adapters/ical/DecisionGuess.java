package fi.hyvinvointialue.forum.adapters.ical;

import fi.hyvinvointialue.forum.domain.BodyKind;
import fi.hyvinvointialue.forum.domain.DecisionKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deciding body and the kind of decision, guessed from an entry's categories and title in
 * Finnish, Swedish or English. The body named first wins; with none named, the council, the body
 * furthest down the decision path, so that a plan made from the guess is early rather than late.
 * docs/calendar.md lists the words.
 */
final class DecisionGuess {
  record Body(BodyKind kind, String name) {}

  /** Word stems, matched in lower case anywhere in a word, so inflected and compound forms match too. */
  private static final Map<BodyKind, List<String>> BODY_WORDS =
      Map.of(
          BodyKind.OFFICIAL, List.of("viranhaltij", "tjänsteinnehavar", "tjänsteman", "official decision"),
          BodyKind.BOARD, List.of("lautakun", "jaosto", "nämnd", "sektion", "committee"),
          BodyKind.REGIONAL_BOARD, List.of("aluehallitu", "regionstyrelse", "regional board", "executive board"),
          BodyKind.COUNCIL, List.of("valtuust", "valtuusto", "fullmäktige", "council"));

  private static final Map<BodyKind, String> CANONICAL_NAMES =
      Map.of(
          BodyKind.OFFICIAL, "viranhaltija",
          BodyKind.BOARD, "lautakunta",
          BodyKind.REGIONAL_BOARD, "aluehallitus",
          BodyKind.COUNCIL, "aluevaltuusto");

  /** A board's name as titles write it: "Sosiaali- ja terveyslautakunta", "Tarkastuslautakunnan". */
  private static final Pattern BOARD_NAME =
      Pattern.compile("(?:\\p{L}+- ja )?\\p{L}*(?:lautakun|jaosto)\\p{L}*", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

  /** Most specific first: a "hyvinvointisuunnitelma" is not a "suunnitelma" of any other kind. */
  private static final List<Map.Entry<DecisionKind, List<String>>> KIND_WORDS =
      List.of(
          Map.entry(DecisionKind.FINANCIAL_STATEMENTS, List.of("tilinpäätö", "bokslut", "financial statement")),
          Map.entry(DecisionKind.PROCUREMENT_PLAN, List.of("hankintasuunnitelm", "upphandlingsplan", "procurement plan")),
          Map.entry(DecisionKind.VOUCHER_RULEBOOK, List.of("sääntökir", "regelbok", "rulebook", "rule book")),
          Map.entry(DecisionKind.WELFARE_REPORT, List.of("hyvinvointikertomu", "välfärdsberättelse", "welfare report")),
          Map.entry(DecisionKind.WELFARE_PLAN, List.of("hyvinvointisuunnitelm", "välfärdsplan", "welfare plan")),
          Map.entry(DecisionKind.BUDGET, List.of("talousarvi", "budget")),
          Map.entry(DecisionKind.STRATEGY, List.of("strategi")));

  private DecisionGuess() {}

  /** The body named first in {@code categories}, then in {@code title}; the council when none is. */
  static Body body(List<String> categories, String title) {
    for (String category : categories) {
      Optional<BodyKind> kind = firstBody(category);
      if (kind.isPresent()) {
        return new Body(kind.get(), category.strip().toLowerCase(Locale.ROOT));
      }
    }
    return firstBody(title)
        .map(kind -> new Body(kind, kind == BodyKind.BOARD ? boardName(title) : CANONICAL_NAMES.get(kind)))
        .orElse(new Body(BodyKind.COUNCIL, CANONICAL_NAMES.get(BodyKind.COUNCIL)));
  }

  static DecisionKind kind(List<String> categories, String title) {
    String text = (String.join(" ", categories) + " " + title).toLowerCase(Locale.ROOT);
    return KIND_WORDS.stream()
        .filter(entry -> entry.getValue().stream().anyMatch(text::contains))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(DecisionKind.OTHER);
  }

  private static Optional<BodyKind> firstBody(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    BodyKind first = null;
    int firstAt = Integer.MAX_VALUE;
    for (Map.Entry<BodyKind, List<String>> entry : BODY_WORDS.entrySet()) {
      for (String word : entry.getValue()) {
        int at = lower.indexOf(word);
        if (at >= 0 && (at < firstAt || at == firstAt && entry.getKey().ordinal() < first.ordinal())) {
          first = entry.getKey();
          firstAt = at;
        }
      }
    }
    return Optional.ofNullable(first);
  }

  /** The board's name in the nominative, as the profile's board names are written. */
  private static String boardName(String title) {
    Matcher matcher = BOARD_NAME.matcher(title);
    if (!matcher.find()) {
      return CANONICAL_NAMES.get(BodyKind.BOARD);
    }
    return matcher.group().toLowerCase(Locale.ROOT).replaceAll("lautakunnan$", "lautakunta").replaceAll("jaoston$", "jaosto");
  }
}
