package fi.hyvinvointialue.forum.domain.profile;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import java.util.Locale;
import org.immutables.value.Value;

/** A text in Finnish, Swedish and English, Finnish first. */
@Value.Immutable
@ForumStyle
public interface LocalizedText {
  @Value.Parameter
  String fi();

  @Value.Parameter
  String sv();

  @Value.Parameter
  String en();

  static LocalizedText of(String fi, String sv, String en) {
    return ImmutableLocalizedText.of(fi, sv, en);
  }

  /** The text in the language asked for; Finnish for any language other than Swedish and English. */
  default String in(Locale language) {
    switch (language.getLanguage()) {
      case "sv":
        return sv();
      case "en":
        return en();
      default:
        return fi();
    }
  }
}
