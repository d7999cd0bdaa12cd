package fi.hyvinvointialue.forum.domain;

import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A record's text in Swedish and English beside the Finnish it keeps as its own: a bilingual county
 * publishes both, and either may be missing (then a page shows the Finnish, marked as Finnish).
 */
@Value.Immutable
@ForumStyle
public interface Translations {
  Optional<String> sv();

  Optional<String> en();

  /** The translation into the language asked for; none for Finnish, the record's own language, or any other. */
  default Optional<String> in(Locale language) {
    String code = language.getLanguage();
    return code.equals("sv") ? sv() : code.equals("en") ? en() : Optional.empty();
  }

  @Value.Check
  default void check() {
    sv().ifPresent(text -> Checks.notBlank(text, "translations.sv"));
    en().ifPresent(text -> Checks.notBlank(text, "translations.en"));
  }
}
