package fi.hyvinvointialue.forum.cli;

import java.util.Locale;

/** The languages the command speaks: the policy's own three. */
enum Language {
  fi,
  sv,
  en;

  Locale locale() {
    return Locale.forLanguageTag(name());
  }
}
