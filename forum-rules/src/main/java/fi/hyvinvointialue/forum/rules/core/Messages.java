package fi.hyvinvointialue.forum.rules.core;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders findings from the resource bundles {@code messages(_sv|_en).properties}, Finnish being
 * the base bundle. A bundle never falls back to the JVM's default locale.
 */
public final class Messages {
  private static final String BUNDLE = "fi.hyvinvointialue.forum.rules.core.messages";
  /** Names of the model's enum values ({@code AGENDA}, {@code NEWSLETTER}, ...) as facts carry them. */
  private static final String VALUES = "fi.hyvinvointialue.forum.rules.core.values";
  private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  public static String render(Finding finding, Locale language) {
    String template = template(finding.messageKey(), language);
    for (Map.Entry<String, String> fact : finding.facts().entrySet()) {
      template = template.replace("{" + fact.getKey() + "}", named(fact.getValue(), language));
    }
    return template;
  }

  /**
   * Facts keep enum values as the model spells them (stable for JSON and tests); a message names
   * them in its language. A value with no name in the bundle stays as it is.
   */
  public static String named(String value, Locale language) {
    if (!isEnumList(value)) {
      return value;
    }
    ResourceBundle names = bundle(VALUES, language);
    StringBuilder named = new StringBuilder();
    for (String token : value.split(", ")) {
      if (named.length() > 0) {
        named.append(", ");
      }
      named.append(names.containsKey(token) ? names.getString(token) : token);
    }
    return named.toString();
  }

  /** Upper-case constants separated by ", ", as {@code Names.ofEnums} writes them. */
  private static boolean isEnumList(String value) {
    for (String token : value.split(", ", -1)) {
      if (token.isEmpty() || token.charAt(0) < 'A' || token.charAt(0) > 'Z') {
        return false;
      }
      for (int i = 0; i < token.length(); i++) {
        char c = token.charAt(i);
        if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
          return false;
        }
      }
    }
    return true;
  }

  public static String template(String key, Locale language) {
    ResourceBundle bundle = bundle(BUNDLE, language);
    try {
      return bundle.getString(key);
    } catch (MissingResourceException missing) {
      return key;
    }
  }

  private static ResourceBundle bundle(String name, Locale language) {
    return ResourceBundle.getBundle(name, supported(language), Messages.class.getClassLoader(), NO_DEFAULT_LOCALE);
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
