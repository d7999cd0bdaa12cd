package fi.hyvinvointialue.forum.adapters.jdbc;

import java.util.regex.Pattern;

/**
 * Takes credentials out of text before it goes into an error message: drivers and Flyway may echo a
 * JDBC URL, and a URL may carry a password ({@code ?password=}, {@code ;PASSWORD=}, {@code user:pw@}).
 */
final class Redaction {
  static final String HIDDEN = "***";

  private static final Pattern PASSWORD_SETTING =
      Pattern.compile("(?i)(password|passwd|pwd|sslpassword)(\\s*=\\s*)[^;&\\s,)'\"]*");
  private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]+):[^@/\\s]*@");

  private Redaction() {}

  static String redact(String text) {
    if (text == null) {
      return "";
    }
    String withoutSettings = PASSWORD_SETTING.matcher(text).replaceAll("$1$2" + HIDDEN);
    return USER_INFO.matcher(withoutSettings).replaceAll("$1:" + HIDDEN + "@");
  }

  /** As {@link #redact(String)}, and also every occurrence of a password the caller knows. */
  static String redact(String text, String password) {
    String redacted = redact(text);
    return password == null || password.isEmpty() ? redacted : redacted.replace(password, HIDDEN);
  }
}
