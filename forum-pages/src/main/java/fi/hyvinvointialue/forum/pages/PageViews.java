package fi.hyvinvointialue.forum.pages;

import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.AnnualClock;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.CountyPublishing;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.FeedbackWindow;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.Memo;
import fi.hyvinvointialue.forum.domain.PublicView;
import fi.hyvinvointialue.forum.domain.Publication;
import fi.hyvinvointialue.forum.domain.Recording;
import fi.hyvinvointialue.forum.domain.RemoteConnection;
import fi.hyvinvointialue.forum.domain.Translations;
import fi.hyvinvointialue.forum.domain.Venue;
import fi.hyvinvointialue.forum.domain.profile.PolicyCalendar;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.pages.view.Views;
import fi.hyvinvointialue.forum.pages.view.Views.AgendaEntry;
import fi.hyvinvointialue.forum.pages.view.Views.Alternate;
import fi.hyvinvointialue.forum.pages.view.Views.ComingForum;
import fi.hyvinvointialue.forum.pages.view.Views.DecisionLine;
import fi.hyvinvointialue.forum.pages.view.Views.EventLine;
import fi.hyvinvointialue.forum.pages.view.Views.FindingLine;
import fi.hyvinvointialue.forum.pages.view.Views.Forum;
import fi.hyvinvointialue.forum.pages.view.Views.Frame;
import fi.hyvinvointialue.forum.pages.view.Views.Link;
import fi.hyvinvointialue.forum.pages.view.Views.Material;
import fi.hyvinvointialue.forum.pages.view.Views.MemoLine;
import fi.hyvinvointialue.forum.pages.view.Views.Report;
import fi.hyvinvointialue.forum.pages.view.Views.Subscription;
import fi.hyvinvointialue.forum.pages.view.Views.Text;
import fi.hyvinvointialue.forum.pages.view.Views.ThemeLine;
import fi.hyvinvointialue.forum.pages.view.Views.YearLink;
import fi.hyvinvointialue.forum.rules.ForumSummary;
import fi.hyvinvointialue.forum.rules.core.Finding;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The views of one language's pages, made from checked years: texts in the page's language (Finnish,
 * marked so, where a translation is missing), dates in its format, and nothing personal unless public.
 */
final class PageViews {
  private final Labels words;
  private final Locale language;
  private final SitePaths paths;
  private final Optional<CountyPublishing> publishing;
  private final DateTimeFormatter date;
  private final DateTimeFormatter time;

  PageViews(Labels words, SitePaths paths, Optional<CountyPublishing> publishing) {
    this.words = words;
    this.language = words.language();
    this.paths = paths;
    this.publishing = publishing;
    this.date = DateTimeFormatter.ofPattern(words.get("format.date"), Locale.ENGLISH);
    this.time = DateTimeFormatter.ofPattern(words.get("format.time"), Locale.ENGLISH);
  }

  Views.Year year(CheckedYear checked) {
    String page = paths.year(checked.year().year(), language);
    LocalDateTime now = HelsinkiTime.wallTime(checked.now());
    ForumYear shown = PublicView.of(checked.year(), now);
    PolicyCalendar calendar = PolicyCalendar.of(checked.profile());
    List<ForumEvent> events = shown.events().stream().sorted(Comparator.comparing(ForumEvent::start)).collect(Collectors.toList());
    List<Forum> coming = events.stream().filter(event -> !event.end().isBefore(now))
        .map(event -> forum(event, checked.profile(), now)).collect(Collectors.toList());
    List<Forum> past = events.stream().filter(event -> event.end().isBefore(now)).sorted(Comparator.comparing(ForumEvent::start).reversed())
        .map(event -> forum(event, checked.profile(), now)).collect(Collectors.toList());
    String county = checked.profile().county().name().in(language);
    String title = words.get("site.title", county, Integer.toString(checked.year().year()));
    return new Views.Year(frame(title, lang -> paths.year(checked.year().year(), lang), page, true), title, coming, past,
        new ClockSvg(words).render(checked), themes(shown), report(checked, calendar), subscription(page, checked.year().year()));
  }

  Views.Index index(List<CheckedYear> years) {
    String page = paths.index(language);
    String county = years.get(0).profile().county().name().in(language);
    String title = words.get("site.countyTitle", county);
    LocalDateTime now = HelsinkiTime.wallTime(years.get(0).now());
    List<YearLink> links = years.stream().map(checked -> new YearLink(new Link(
            paths.link(page, paths.year(checked.year().year(), language)), Integer.toString(checked.year().year())),
        checked.year().events().size())).collect(Collectors.toList());
    List<ComingForum> coming = years.stream().flatMap(checked -> checked.year().events().stream()
            .filter(event -> !event.end().isBefore(now) && event.status() != EventStatus.CANCELLED)
            .sorted(Comparator.comparing(ForumEvent::start))
            .map(event -> new ComingForum(title(event.title(), event.titleTranslations()), when(event),
                paths.link(page, paths.year(checked.year().year(), language)) + "#" + event.id())))
        .collect(Collectors.toList());
    return new Views.Index(frame(title, paths::index, page, false), title, links, coming);
  }

  /** The page for an address with no page: its links start at the site's root, for it may be served at any depth. */
  Views.NotFound notFound() {
    String root = publishing.flatMap(CountyPublishing::publicBaseUrl).map(URI::toString)
        .map(base -> base.endsWith("/") ? base.substring(0, base.length() - 1) : base).orElse("");
    List<Alternate> languages = CountySite.LANGUAGES.stream().map(lang -> new Alternate(root + paths.index(lang),
        lang.getLanguage(), new Labels(lang).get("language.name"), lang.equals(language))).collect(Collectors.toList());
    Frame frame = new Frame(language.getLanguage(), words.get("site.notFound"), words.get("site.skip"), words.get("site.languages"),
        languages, new Link(root + paths.index(language), words.get("site.home")), accessibility());
    return new Views.NotFound(frame, words.get("site.notFound"), words.get("site.notFoundText"));
  }

  private Frame frame(String title, Function<Locale, String> samePageIn, String page, boolean home) {
    List<Alternate> languages = CountySite.LANGUAGES.stream().map(lang -> new Alternate(paths.link(page, samePageIn.apply(lang)),
        lang.getLanguage(), new Labels(lang).get("language.name"), lang.equals(language))).collect(Collectors.toList());
    return new Frame(language.getLanguage(), title, words.get("site.skip"), words.get("site.languages"), languages,
        home ? new Link(paths.link(page, paths.index(language)), words.get("site.home")) : null, accessibility());
  }

  private Link accessibility() {
    return publishing.flatMap(CountyPublishing::accessibilityStatement)
        .map(statement -> new Link(statement.toString(), words.get("site.accessibility"))).orElse(null);
  }

  private Forum forum(ForumEvent event, PolicyProfile profile, LocalDateTime now) {
    PolicyCalendar calendar = PolicyCalendar.of(profile);
    boolean cancelled = event.status() == EventStatus.CANCELLED;
    Optional<FeedbackWindow> feedback = event.feedbackWindow().filter(window -> window.uri().isPresent() && !window.closesAt().isBefore(now));
    Optional<Recording> recording = event.recording().filter(shown -> shown.uri().isPresent()
        && shown.publishedAt().filter(published -> !published.isAfter(now)).isPresent()
        && !watchableUntil(shown, calendar).isBefore(now));
    Optional<Memo> memo = event.memo(); // the public view holds a memo only once it is published
    return new Forum(event.id(), title(event.title(), event.titleTranslations()), words.of(event.kind()), when(event),
        words.of(event.status()), cancelled, cancelled ? null : event.venue().filter(venue -> !venue.placeholder()).map(PageViews::place).orElse(null),
        cancelled ? null : event.remoteConnection().filter(remote -> !remote.placeholder()).map(this::remote).orElse(null),
        event.agenda().stream().map(item -> new AgendaEntry(title(item.title(), item.titleTranslations()),
            item.presenter().map(presenter -> presenter.name()).orElse(null))).collect(Collectors.toList()),
        cancelled ? List.of() : materials(event, profile, now),
        feedback.map(window -> new Link(window.uri().orElseThrow().toString(), words.get("site.commentLink"))).orElse(null),
        feedback.map(window -> words.get("site.commentUntil", dateTime(window.closesAt()))).orElse(null),
        recording.map(shown -> new Link(shown.uri().orElseThrow().toString(), words.get("site.recordingLink"))).orElse(null),
        recording.map(shown -> words.get("site.recordingUntil", dateTime(watchableUntil(shown, calendar)))).orElse(null),
        memo.map(written -> words.get("site.memoPublished", date.format(written.publishedAt().orElseThrow()))).orElse(null),
        memo.map(written -> memoLines(event, written)).orElse(List.of()));
  }

  /** When it comes down: the day the record says, else the least the policy asks for. */
  private static LocalDateTime watchableUntil(Recording recording, PolicyCalendar calendar) {
    return recording.removedAt().orElseGet(() -> calendar.recordingAvailableUntil(recording.publishedAt().orElseThrow()));
  }

  private static String place(Venue venue) {
    return venue.name() + venue.address().map(address -> ", " + address).orElse("")
        + venue.municipality().filter(municipality -> !venue.address().orElse("").contains(municipality))
            .map(municipality -> ", " + municipality).orElse("");
  }

  private Link remote(RemoteConnection remote) {
    return new Link(remote.uri().toString(), remote.platform().map(platform -> words.get("site.remoteLink", platform))
        .orElse(words.get("site.remoteLinkPlain")));
  }

  /** Each material the profile asks for: its link once on the website, otherwise the day it is due there. */
  private List<Material> materials(ForumEvent event, PolicyProfile profile, LocalDateTime now) {
    LocalDate due = PolicyCalendar.of(profile).materialsDue(event.start().toLocalDate());
    Set<MaterialKind> kinds = new LinkedHashSet<>(profile.requiredMaterials());
    event.publications().forEach(publication -> kinds.add(publication.material()));
    return kinds.stream().map(kind -> event.publications().stream()
            .filter(publication -> publication.material() == kind && publication.channel() == profile.publicationChannel()
                && !publication.publishedAt().isAfter(now))
            .min(Comparator.comparing(Publication::publishedAt))
            .map(published -> new Material(words.of(kind), published.uri().map(URI::toString).orElse(null),
                words.get("site.materialPublished", date.format(published.publishedAt()))))
            .orElseGet(() -> new Material(words.of(kind), null, words.get("site.materialDue", date.format(due)))))
        .collect(Collectors.toList());
  }

  private List<MemoLine> memoLines(ForumEvent event, Memo memo) {
    return memo.items().stream().map(line -> new MemoLine(event.agenda().stream()
            .filter(item -> item.id().equals(line.agendaItemId())).findFirst()
            .map(item -> title(item.title(), item.titleTranslations())).orElse(finnish(line.agendaItemId())),
        finnish(line.decisionHandling()))).collect(Collectors.toList());
  }

  private List<ThemeLine> themes(ForumYear year) {
    AnnualClock clock = year.clock().orElse(null);
    if (clock == null) {
      return List.of();
    }
    return clock.themes().stream().map(theme -> new ThemeLine(finnish(theme.title()), forumsOf(year, theme),
        theme.decisionIds().stream().map(clock::decision).flatMap(Optional::stream)
            .map(decision -> new DecisionLine(finnish(decision.title()), finnish(decision.bodyName()), date.format(decision.date())))
            .collect(Collectors.toList())))
        .collect(Collectors.toList());
  }

  private List<String> forumsOf(ForumYear year, ClockTheme theme) {
    return year.events().stream().filter(event -> event.status() != EventStatus.CANCELLED)
        .filter(event -> event.agenda().stream().map(AgendaItem::themeId).anyMatch(id -> id.equals(Optional.of(theme.id()))))
        .sorted(Comparator.comparing(ForumEvent::start))
        .map(event -> date.format(event.start())).collect(Collectors.toList());
  }

  private Report report(CheckedYear checked, PolicyCalendar calendar) {
    PersonalNames personal = PersonalNames.of(checked.year());
    Set<String> violating = ClockSvg.violatingEvents(checked, checked.result());
    List<FindingLine> findings = checked.result().findings().stream().map((Finding finding) -> new FindingLine(finding.clauseId(),
        ClauseText.of(finding.clauseId(), language), words.of(finding.severity()), finding.severity().name(),
        personal.withheld(words.of(finding.subject().kind()) + " " + finding.subject().id()),
        personal.withheld(finding.message(language)))).collect(Collectors.toList());
    List<EventLine> events = checked.report().events().stream().map((ForumSummary summary) -> {
      ForumEvent event = checked.year().event(summary.eventId()).orElseThrow();
      return new EventLine(title(event.title(), event.titleTranslations()), dateTime(summary.start()), words.of(summary.status()),
          date.format(calendar.materialsDue(summary.start().toLocalDate())), date.format(calendar.feedbackOpenUntil(event.end())),
          summary.findings(), violating.contains(summary.eventId()));
    }).collect(Collectors.toList());
    String checkedAt = words.get("profile", checked.profile().id(), checked.profile().version()) + " · "
        + words.get("checkedAt", dateTime(HelsinkiTime.wallTime(checked.now())));
    return new Report(words.of(checked.result().verdict()), checked.result().verdict().name(), checkedAt, findings, events);
  }

  /** The feed's absolute addresses from the public base address; without one, a relative link to the feed beside the pages. */
  private Subscription subscription(String page, int year) {
    if (publishing.isEmpty()) {
      return null;
    }
    Optional<String> base = publishing.get().publicBaseUrl().map(URI::toString)
        .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    return base.map(url -> new Subscription("webcal" + url.substring(url.indexOf(':')) + paths.feed(year), url + paths.feed(year)))
        .orElseGet(() -> new Subscription(null, paths.link(page, paths.feed(year))));
  }

  private String when(ForumEvent event) {
    return words.get("site.whenFormat", date.format(event.start()), time.format(event.start()), time.format(event.end()));
  }

  private String dateTime(LocalDateTime at) {
    return date.format(at) + " " + time.format(at);
  }

  /** The record's Finnish text or its translation into the page's language; Finnish on another page is marked so. */
  private Text title(String finnish, Optional<Translations> translations) {
    return translations.flatMap(texts -> texts.in(language)).map(text -> new Text(text, null)).orElseGet(() -> finnish(finnish));
  }

  private Text finnish(String text) {
    return new Text(text, language.getLanguage().equals("fi") ? null : "fi");
  }
}
