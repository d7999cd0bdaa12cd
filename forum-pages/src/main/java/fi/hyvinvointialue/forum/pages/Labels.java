package fi.hyvinvointialue.forum.pages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The pages. and the command.s own words in Finnish, Swedish or English, never in the JVM's default locale. */
public final class Labels {
  private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle bundle;
  private final Locale language;

  public Labels(Locale language) {
    this.language = language;
    this.bundle = ResourceBundle.getBundle("fi.hyvinvointialue.forum.pages.labels",
        "fi".equals(language.getLanguage()) ? Locale.ROOT : language, Labels.class.getClassLoader(), NO_DEFAULT_LOCALE);
  }

  public Locale language() {
    return language;
  }

  public String get(String key, Object... arguments) {
    String text = bundle.getString(key);
    return arguments.length == 0 ? text : new MessageFormat(text, language).format(arguments);
  }

  /** An enum constant's label, keyed by its type and name, e.g. {@code Severity.VIOLATION}. */
  public String of(Enum<?> value) {
    return get(value.getDeclaringClass().getSimpleName() + "." + value.name());
  }
}
