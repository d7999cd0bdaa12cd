package fi.hyvinvointialue.forum.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The site's addresses (see {@link CountySite}): a county's index, its years and their languages,
 * each a directory holding {@code index.html}, and relative links between them.
 */
final class SitePaths {
  static final String INDEX = "index.html";

  private final String county;
  private final LinkStyle style;

  SitePaths(String county, LinkStyle style) {
    this.county = county;
    this.style = style;
  }

  /** The county's index in a language: {@code /keski-suomi/}, {@code /keski-suomi/sv/}. */
  String index(Locale language) {
    return "/" + county + "/" + suffix(language);
  }

  /** A year's page in a language: {@code /keski-suomi/2026/}, {@code /keski-suomi/2026/en/}. */
  String year(int year, Locale language) {
    return "/" + county + "/" + year + "/" + suffix(language);
  }

  /** The year's feed, beside its pages: {@code /keski-suomi/2026.ics}. */
  String feed(int year) {
    return "/" + county + "/" + year + ".ics";
  }

  /** The file a page is written to in a static site, relative to its root. */
  static String file(String pagePath) {
    return pagePath.substring(1) + INDEX;
  }

  /** The link from one page to another page or file, relative, so the site works wherever it is put. */
  String link(String fromPage, String to) {
    List<String> from = segments(fromPage);
    boolean page = to.endsWith("/");
    List<String> target = segments(to);
    int common = 0;
    while (common < from.size() && common < target.size() - (page ? 0 : 1) && from.get(common).equals(target.get(common))) {
      common++;
    }
    StringBuilder link = new StringBuilder();
    for (int up = common; up < from.size(); up++) {
      link.append("../");
    }
    for (int down = common; down < target.size(); down++) {
      link.append(target.get(down)).append(down < target.size() - 1 || page ? "/" : "");
    }
    if (page && style == LinkStyle.FILES) {
      link.append(INDEX);
    }
    return link.length() == 0 ? "./" : link.toString();
  }

  /** The page's language from its address: the segment {@code sv} or {@code en}, otherwise Finnish. */
  static Locale languageOf(String path) {
    List<String> segments = segments(path);
    return segments.stream().filter(segment -> segment.equals("sv") || segment.equals("en")).findFirst()
        .map(Locale::forLanguageTag).orElse(CountySite.FINNISH);
  }

  /** The canonical page address of a request path ({@code index.html} dropped, a trailing slash added). */
  static Optional<String> canonical(String path) {
    if (path == null || !path.startsWith("/") || path.length() > 200) {
      return Optional.empty();
    }
    String page = path.endsWith("/" + INDEX) ? path.substring(0, path.length() - INDEX.length()) : path;
    return Optional.of(page.endsWith("/") ? page : page + "/");
  }

  private static String suffix(Locale language) {
    return language.getLanguage().equals("fi") ? "" : language.getLanguage() + "/";
  }

  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>(Arrays.asList(path.split("/")));
    segments.removeIf(String::isEmpty);
    return segments;
  }
}
