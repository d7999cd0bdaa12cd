package fi.hyvinvointialue.forum.adapters.ical;

/**
 * The model's free text made fit for iCalendar values before ical4j escapes it. ical4j escapes LF
 * but passes a lone CR through, which some readers take for a line end: every line break becomes
 * LF, and other control characters, which RFC 5545 does not allow in text, are dropped.
 */
final class FeedText {
  private FeedText() {}

  /** For TEXT values: line breaks kept as LF, escaped by ical4j. */
  static String text(String value) {
    StringBuilder clean = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r') {
        clean.append('\n');
        if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
        clean.append(c);
      }
    }
    return clean.toString();
  }

  /** For parameter values, which cannot hold a line break: breaks become spaces. */
  static String parameter(String value) {
    return text(value).replace('\n', ' ');
  }
}
