package fi.hyvinvointialue.forum.rules;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders findings from the resource bundles {@code messages(_sv|_en).properties}, Finnish being
 * the base bundle. A bundle never falls back to the JVM's default locale.
 */
final class Messages {
  private static final String BUNDLE = "fi.hyvinvointialue.forum.rules.messages";
  private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  static String render(Finding finding, Locale language) {
    String template = template(finding.messageKey(), language);
    for (Map.Entry<String, String> fact : finding.facts().entrySet()) {
      template = template.replace("{" + fact.getKey() + "}", fact.getValue());
    }
    return template;
  }

  static String template(String key, Locale language) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(language), Messages.class.getClassLoader(), NO_DEFAULT_LOCALE);
    try {
      return bundle.getString(key);
    } catch (MissingResourceException missing) {
      return key;
    }
  }

  private static Locale supported(Locale language) {
    switch (language.getLanguage()) {
      case "sv":
        return Locale.forLanguageTag("sv");
      case "en":
        return Locale.ENGLISH;
      default:
        return Locale.ROOT;
    }
  }
}
