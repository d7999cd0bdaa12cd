package fi.hyvinvointialue.forum.planning;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Renders conflicts from the bundles {@code conflicts(_sv|_en).properties}, Finnish being the base
 * bundle; never falls back to the JVM's locale. Every key has a message in every bundle (a test
 * holds this), so a missing one is a bug, not a case to handle.
 */
final class PlanningMessages {
  private static final String BUNDLE = "fi.hyvinvointialue.forum.planning.conflicts";
  private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private PlanningMessages() {}

  static String render(String key, Map<String, String> facts, Locale language) {
    String message = bundle(language).getString(key);
    for (Map.Entry<String, String> fact : facts.entrySet()) {
      message = message.replace("{" + fact.getKey() + "}", fact.getValue());
    }
    return message;
  }

  static ResourceBundle bundle(Locale language) {
    Locale supported;
    switch (language.getLanguage()) {
      case "sv":
        supported = Locale.forLanguageTag("sv");
        break;
      case "en":
        supported = Locale.ENGLISH;
        break;
      default:
        supported = Locale.ROOT;
    }
    return ResourceBundle.getBundle(BUNDLE, supported, PlanningMessages.class.getClassLoader(), NO_DEFAULT_LOCALE);
  }
}
