package fi.hyvinvointialue.forum.server.api;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entity tags of a year's versions and what a write's preconditions say about the version it replaces.
 * A tag names the version and the representation, e.g. {@code "v3.full.json"}: the whole year or the public
 * view (with the number of drafts it withholds, if any), JSON or YAML. Only a tag of the whole year can be the base of a change: the public view lacks the
 * personal data a change would otherwise erase.
 */
final class Preconditions {
  private static final Pattern TAG = Pattern.compile("\"v([1-9][0-9]{0,17})\\.(full|public(?:-[1-9][0-9]{0,8})?)\\.(json|yaml)\"");

  private Preconditions() {}

  static String tag(long version, boolean whole, boolean yaml) {
    return tag(version, whole ? "full" : "public", yaml);
  }

  /**
   * The tag of the public view of a version with {@code draftsWithheld} drafts left out: a draft published later
   * changes the view without a new version, and so its tag.
   */
  static String publicTag(long version, int draftsWithheld, boolean yaml) {
    return tag(version, draftsWithheld == 0 ? "public" : "public-" + draftsWithheld, yaml);
  }

  private static String tag(long version, String view, boolean yaml) {
    return "\"v" + version + "." + view + "." + (yaml ? "yaml" : "json") + "\"";
  }

  /**
   * The version a write replaces: that of {@code If-Match}, or 0 for {@code If-None-Match: *} (the year must
   * not exist yet).
   */
  static long expectedVersion(String ifMatch, String ifNoneMatch) {
    if (ifMatch != null && ifNoneMatch != null) {
      throw Problem.badRequest("send either If-Match or If-None-Match, not both");
    }
    if (ifNoneMatch != null) {
      if (!ifNoneMatch.trim().equals("*")) {
        throw Problem.badRequest("If-None-Match on a write must be *: the year is created only if it does not exist");
      }
      return 0;
    }
    if (ifMatch == null || ifMatch.trim().equals("*")) {
      throw new Problem(428, "precondition-required", "A precondition is required",
          "send If-Match with the ETag of the version your change is based on, or If-None-Match: * to create the year");
    }
    Matcher matcher = TAG.matcher(ifMatch.trim());
    if (!matcher.matches()) {
      throw new Problem(412, "stale", "The precondition does not hold",
          "If-Match names no version of this year: send the ETag of a GET (a strong tag, such as \"v3.full.json\")");
    }
    if (matcher.group(2).toLowerCase(Locale.ROOT).startsWith("public")) {
      throw new Problem(412, "stale", "The precondition does not hold",
          "If-Match names the public view, which lacks personal data: read the year with your token and send its ETag");
    }
    return Long.parseLong(matcher.group(1));
  }
}
