package fi.hyvinvointialue.forum.pages;

import fi.hyvinvointialue.forum.domain.CountyPublishing;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A county's forum pages in Finnish, Swedish and English, from its checked years: what a server
 * answers and what a static site holds, the same bytes for the same years and the same day.
 *
 * <p>Addresses, each a directory whose page a static site writes as its {@code index.html}:
 * <ul>
 *   <li>{@code /{county}/} the county's index (its years and coming forums), {@code /{county}/sv/}, {@code /{county}/en/};
 *   <li>{@code /{county}/{year}/} a year's page (coming and past forums, the annual clock with its themes and
 *       decisions also as text, the year's check, the subscription link), {@code /{county}/{year}/sv/},
 *       {@code /{county}/{year}/en/};
 *   <li>{@code /{county}/{year}.ics} the year's feed, beside its pages (written by the feed's publisher, not here).
 * </ul>
 * Finnish has no language segment; each page links to itself in the other two languages. Links between pages
 * are relative ({@link LinkStyle}), so a site works under any prefix and from files; the subscription links are
 * absolute, from {@link CountyPublishing#publicBaseUrl()}, as {@code webcal://} and {@code https://}. An
 * address with no page gets {@link #notFound(String)}, in the language its address names.
 *
 * <p>The pages show the year's {@link fi.hyvinvointialue.forum.domain.PublicView public view} (no personal data, no drafts), and
 * the check's findings with every personal name withheld. Templates are jte's, precompiled at build time.
 */
public final class CountySite {
  static final Locale FINNISH = Locale.forLanguageTag("fi");
  /** The site's languages, Finnish first: the policy's own language. */
  public static final List<Locale> LANGUAGES = List.of(FINNISH, Locale.forLanguageTag("sv"), Locale.forLanguageTag("en"));
  private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
      CountySite.class.getClassLoader(), "fi.hyvinvointialue.forum.pages.templates");

  private final List<CheckedYear> years;
  private final Optional<CountyPublishing> publishing;
  private final SitePaths paths;

  private CountySite(List<CheckedYear> years, Optional<CountyPublishing> publishing, LinkStyle links) {
    if (years.isEmpty()) {
      throw new IllegalArgumentException("a county's site needs at least one year");
    }
    List<CheckedYear> sorted = new ArrayList<>(years);
    sorted.sort(Comparator.comparing(checked -> checked.year().year()));
    String county = sorted.get(0).year().countyId();
    for (CheckedYear checked : sorted) {
      if (!checked.year().countyId().equals(county)) {
        throw new IllegalArgumentException("the years of one site must be one county's: " + checked.year().countyId() + " is not " + county);
      }
    }
    publishing.ifPresent(settings -> {
      if (!settings.countyId().equals(county)) {
        throw new IllegalArgumentException("the publishing settings are " + settings.countyId() + "'s, not " + county + "'s");
      }
    });
    this.years = List.copyOf(sorted);
    this.publishing = publishing;
    this.paths = new SitePaths(county, links);
  }

  /** The site of a county's years, published with its settings. */
  public static CountySite of(CountyPublishing publishing, List<CheckedYear> years, LinkStyle links) {
    return new CountySite(years, Optional.of(Objects.requireNonNull(publishing, "publishing")), links);
  }

  /** A preview for a county without publishing settings: no subscription link and no accessibility statement. */
  public static CountySite withoutPublishing(List<CheckedYear> years, LinkStyle links) {
    return new CountySite(years, Optional.empty(), links);
  }

  /** Every page's address: the index and each year, in each language. */
  public List<String> paths() {
    List<String> all = new ArrayList<>();
    for (Locale language : LANGUAGES) {
      all.add(paths.index(language));
    }
    for (CheckedYear checked : years) {
      for (Locale language : LANGUAGES) {
        all.add(paths.year(checked.year().year(), language));
      }
    }
    return all;
  }

  /** The address of a county's index in a language ({@code /keski-suomi/}, {@code /keski-suomi/sv/}), as a server answers it. */
  public static String indexPath(String countyId, Locale language) {
    return new SitePaths(countyId, LinkStyle.DIRECTORIES).index(language);
  }

  /** The address of a county's year page in a language ({@code /keski-suomi/2026/sv/}), as a server answers it. */
  public static String yearPath(String countyId, int year, Locale language) {
    return new SitePaths(countyId, LinkStyle.DIRECTORIES).year(year, language);
  }

  /** The address of a year's page in a language. */
  public String yearPath(int year, Locale language) {
    return paths.year(year, language);
  }

  /** The address of a year's feed, which the pages link to: {@code /{county}/{year}.ics}. */
  public String feedPath(int year) {
    return paths.feed(year);
  }

  /**
   * The page at an address, as HTML; empty when there is none. {@code index.html} at the end and a missing
   * trailing slash are the directory's page.
   */
  public Optional<String> page(String path) {
    Optional<String> canonical = SitePaths.canonical(path);
    if (canonical.isEmpty()) {
      return Optional.empty();
    }
    for (Locale language : LANGUAGES) {
      Labels words = new Labels(language);
      PageViews views = new PageViews(words, paths, publishing);
      if (canonical.get().equals(paths.index(language))) {
        return Optional.of(render("index.jte", words, views.index(years)));
      }
      for (CheckedYear checked : years) {
        if (canonical.get().equals(paths.year(checked.year().year(), language))) {
          return Optional.of(render("year.jte", words, views.year(checked)));
        }
      }
    }
    return Optional.empty();
  }

  /** The page for an address with no page, in the language the address names (Finnish otherwise). */
  public String notFound(String path) {
    Labels words = new Labels(SitePaths.languageOf(path == null ? "" : path));
    return render("notfound.jte", words, new PageViews(words, paths, publishing).notFound());
  }

  /**
   * The whole site as files, by their paths relative to the site's root ({@code keski-suomi/2026/sv/index.html}),
   * with {@code 404.html} at the root.
   */
  public SortedMap<String, String> files() {
    SortedMap<String, String> files = new TreeMap<>();
    for (String path : paths()) {
      files.put(SitePaths.file(path), page(path).orElseThrow());
    }
    files.put("404.html", notFound("/"));
    return files;
  }


  private static String render(String template, Labels words, Object page) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("words", words);
    parameters.put("page", page);
    StringOutput output = new StringOutput();
    TEMPLATES.render(template, parameters, output);
    return output.toString();
  }
}
