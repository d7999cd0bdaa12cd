package fi.hyvinvointialue.forum.pages;

import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.AnnualClock;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.Recording;
import fi.hyvinvointialue.forum.domain.profile.PolicyCalendar;
import fi.hyvinvointialue.forum.rules.CheckResult;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Severity;
import fi.hyvinvointialue.forum.rules.core.SubjectKind;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The annual clock (vuosikello) as SVG: the year as a disc starting at the top on 1 January, the
 * months as alternately shaded sectors, the forums as marks on the rim (open forums filled,
 * targeted events hollow, cancelled ones dashed) with their dates inside it, each theme in its own
 * colour and ring as an arc from its first forum to the decisions it feeds (diamonds with their
 * dates), and the publication, feedback and recording windows each in its own thin ring outside
 * the rim, with the month names further out so nothing drawn crosses them. Below, a legend of the
 * marks and one of the themes with their decisions. Events with a violation are red. Every label keeps a
 * contrast of 4.5:1 (WCAG 2.1 AA): the decisions' dates are in dark ink beside their theme's diamond.
 */
public final class ClockSvg {
  static final int WIDTH = 900;
  private static final double CENTRE_X = WIDTH / 2.0;
  private static final double CENTRE_Y = 470;
  private static final double HUB = 70;
  private static final double RIM = 280;
  /** The first window ring sits this far out from the rim, clear of the forums' marks. */
  private static final double WINDOW_OFFSET = 4;
  private static final double WINDOW_STEP = 12;
  private static final double MONTH_LABELS = 352;
  private static final double FORUM_LABELS = 245;
  private static final double FORUM_LABEL_STEP = 14;
  /** The least angle between two forum dates on one ring of labels before the later moves inwards. */
  private static final double FORUM_LABEL_GAP = 11;
  private static final double FIRST_THEME_RING = 208;
  private static final double THEME_STEP = 18;
  private static final double LEGEND_LINE = 22;
  private static final double LEGEND_LEFT = 40;
  /** The legend's key for cancelled events, whose words are {@link EventStatus#CANCELLED}'s. */
  private static final String LEGEND_CANCELLED = "cancelled";
  private static final double LEGEND_COLUMN = (WIDTH - 2 * LEGEND_LEFT) / 4;
  private static final String INK = "#263238";
  private static final String FORUM = "#1a237e";
  private static final String VIOLATION = "#c62828";
  /** Dark enough for its dates to keep 4.5:1 against white and the months' pale fills (WCAG 2.1 AA). */
  private static final String CANCELLED = "#546e7a";
  /** The size of the decisions' dates, once 11 px in their theme's pale colour, now in dark ink. */
  private static final int SMALL_TEXT = 13;
  /** The forums' dates stay at 12 px bold in dark colours: larger, the English ones would touch the marks on the rim. */
  private static final int FORUM_DATE_TEXT = 12;
  private static final String DASHED = " stroke-dasharray=\"3 2\"";
  /** A white outline under small labels, so they stay legible over grid lines and pale fills. */
  private static final String HALO = " stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\"";
  /**
   * Okabe and Ito's palette, told apart with any colour vision, less its yellow (too pale on
   * white) and vermilion (too near the violations' red); later themes reuse it in their own rings.
   */
  private static final List<String> THEME_COLOURS =
      List.of("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#000000");
  /** The windows, innermost first: pale, so the themes' strong colours stay theirs. */
  private static final List<String> WINDOWS = List.of("window.publication", "window.feedback", "window.recording");
  private static final List<String> WINDOW_COLOURS = List.of("#f4a261", "#8fd0c4", "#b9a7d8");

  private final Labels labels;
  private final DateTimeFormatter dayMonth;
  private final DateTimeFormatter fullDate;

  public ClockSvg(Labels labels) {
    this.labels = labels;
    boolean english = "en".equals(labels.language().getLanguage());
    this.dayMonth = DateTimeFormatter.ofPattern(english ? "d MMM" : "d.M.", Locale.ENGLISH);
    this.fullDate = DateTimeFormatter.ofPattern(english ? "d MMM yyyy" : "d.M.yyyy", Locale.ENGLISH);
  }

  public String render(CheckedYear checked) {
    CheckResult result = checked.result();
    int year = checked.year().year();
    Set<String> violating = violatingEvents(checked, result);
    List<ClockTheme> themes = checked.year().clock().map(AnnualClock::themes).map(List::copyOf).orElse(List.of());
    StringBuilder body = new StringBuilder();
    String title = checked.profile().county().name().in(labels.language()) + " · " + labels.get("clock.title", Integer.toString(year));
    body.append("<title>").append(Xml.escape(title)).append("</title>\n");
    body.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    body.append(text(CENTRE_X, 36, title, 22, "middle", FORUM, "bold"));
    body.append(text(CENTRE_X, 62, labels.of(result.verdict()), 16, "middle",
        result.withSeverity(Severity.VIOLATION).isEmpty() ? "#2e7d32" : VIOLATION, "bold"));
    months(body, year);
    checked.year().clock().ifPresent(clock -> themes(body, checked, clock));
    PolicyCalendar calendar = PolicyCalendar.of(checked.profile());
    for (ForumEvent event : checked.year().events()) {
      windows(body, event, calendar);
    }
    forums(body, checked, violating);
    double bottom = legend(body, checked, themes, CENTRE_Y + MONTH_LABELS + 40);
    int height = (int) Math.ceil(bottom + 20);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + height + "\" width=\"" + WIDTH
        + "\" height=\"" + height + "\" role=\"img\" font-family=\"sans-serif\">\n" + body + "</svg>\n";
  }

  private void months(StringBuilder svg, int year) {
    svg.append("<g class=\"months\">\n");
    for (Month month : Month.values()) {
      LocalDate first = LocalDate.of(year, month, 1);
      double from = angle(first);
      double to = angle(first.plusMonths(1).minusDays(1)) + degreesPerDay(first);
      svg.append(sector(from, to, RIM, month.getValue() % 2 == 0 ? "#eef2f7" : "#f8fafc"));
      svg.append(line(point(from, HUB), point(from, RIM + WINDOW_OFFSET + WINDOWS.size() * WINDOW_STEP + 6), "#cfd8dc"));
      double middle = (from + to) / 2;
      double[] at = point(middle, MONTH_LABELS);
      double sine = Math.sin(Math.toRadians(middle));
      // Anchored on the side away from the disc, so a long name grows outwards, never across the rings.
      String anchor = Math.abs(sine) < 0.3 ? "middle" : sine > 0 ? "start" : "end";
      double[] inner = point(middle, MONTH_LABELS - 16);
      double x = "middle".equals(anchor) ? at[0] : inner[0];
      svg.append(text(x, at[1] + 5, month.getDisplayName(TextStyle.FULL_STANDALONE, labels.language()), 15, anchor, INK,
          "normal", " class=\"month\""));
    }
    svg.append(circle(CENTRE_X, CENTRE_Y, RIM, "none", "#90a4ae", 2, "rim"));
    svg.append(circle(CENTRE_X, CENTRE_Y, HUB, "#ffffff", "#cfd8dc", 1, "hub"));
    svg.append(text(CENTRE_X, CENTRE_Y + 9, Integer.toString(year), 26, "middle", CANCELLED, "bold"));
    svg.append("</g>\n");
  }

  private void themes(StringBuilder svg, CheckedYear checked, AnnualClock clock) {
    double radius = FIRST_THEME_RING;
    int index = 0;
    for (ClockTheme theme : clock.themes()) {
      String colour = themeColour(index);
      List<Decision> decisions = decisions(clock, theme);
      Optional<LocalDate> firstForum = firstForum(checked, theme);
      Optional<LocalDate> lastDecision = decisions.stream().map(Decision::date).max(LocalDate::compareTo);
      svg.append("<g class=\"theme\" data-theme=\"").append(Xml.escape(theme.id())).append("\">\n");
      if (firstForum.isPresent() && lastDecision.isPresent() && !lastDecision.get().isBefore(firstForum.get())) {
        svg.append(arc(firstForum.get(), lastDecision.get(), radius, colour, 9, "theme-arc", theme.title() + " → "
            + decisions.stream().map(this::describe).collect(Collectors.joining("; "))));
      }
      for (Decision decision : decisions) {
        double angle = angle(decision.date());
        double[] at = point(angle, radius);
        svg.append("<rect class=\"decision\" x=\"").append(fmt(at[0] - 7)).append("\" y=\"").append(fmt(at[1] - 7))
            .append("\" width=\"14\" height=\"14\" fill=\"").append(colour).append("\" stroke=\"#ffffff\" stroke-width=\"2\"")
            .append(" transform=\"rotate(45 ").append(fmt(at[0])).append(' ').append(fmt(at[1])).append(")\"><title>")
            .append(Xml.escape(describe(decision))).append("</title></rect>\n");
        svg.append(curvedText("decision-" + index + "-" + decision.id(), angle + 2.5, angle + 40, radius,
            dayMonth.format(decision.date()), SMALL_TEXT, INK));
      }
      svg.append("</g>\n");
      radius -= THEME_STEP;
      index++;
    }
  }

  private static List<Decision> decisions(AnnualClock clock, ClockTheme theme) {
    return theme.decisionIds().stream().map(clock::decision).flatMap(Optional::stream).collect(Collectors.toList());
  }

  private static Optional<LocalDate> firstForum(CheckedYear checked, ClockTheme theme) {
    return checked.year().events().stream()
        .filter(event -> event.status() != EventStatus.CANCELLED)
        .filter(event -> event.agenda().stream().map(AgendaItem::themeId).anyMatch(id -> id.equals(Optional.of(theme.id()))))
        .map(event -> event.start().toLocalDate())
        .min(LocalDate::compareTo);
  }

  private String describe(Decision decision) {
    return decision.title() + " (" + decision.bodyName() + ") " + fullDate.format(decision.date());
  }

  private void windows(StringBuilder svg, ForumEvent event, PolicyCalendar calendar) {
    if (event.status() == EventStatus.CANCELLED) {
      return;
    }
    LocalDate start = event.start().toLocalDate();
    svg.append(window(0, calendar.materialsDue(start), start, event));
    event.feedbackWindow().ifPresent(feedback ->
        svg.append(window(1, feedback.opensAt().toLocalDate(), feedback.closesAt().toLocalDate(), event)));
    event.recording().flatMap(Recording::publishedAt).ifPresent(published -> svg.append(
        window(2, published.toLocalDate(), calendar.recordingAvailableUntil(published).toLocalDate(), event)));
  }

  private String window(int ring, LocalDate from, LocalDate to, ForumEvent event) {
    String kind = WINDOWS.get(ring);
    return arc(from, to, RIM + WINDOW_OFFSET + (ring + 1) * WINDOW_STEP, WINDOW_COLOURS.get(ring), 9, kind.substring("window.".length()),
        labels.get(kind) + " · " + title(event) + " · " + fullDate.format(from) + "–" + fullDate.format(to));
  }

  /** The marks on the rim, then their dates inside it, a date moving one step inwards when it would touch the one before. */
  private void forums(StringBuilder svg, CheckedYear checked, Set<String> violating) {
    List<ForumEvent> events = checked.year().events().stream()
        .sorted(Comparator.comparing(ForumEvent::start)).collect(Collectors.toList());
    List<List<Double>> rings = new ArrayList<>();
    for (ForumEvent event : events) {
      LocalDate day = event.start().toLocalDate();
      double angle = angle(day);
      boolean violation = violating.contains(event.id());
      boolean cancelled = event.status() == EventStatus.CANCELLED;
      String colour = violation ? VIOLATION : cancelled ? CANCELLED : FORUM;
      double[] at = point(angle, RIM);
      svg.append("<circle class=\"forum").append(violation ? " violation" : "").append(event.isOpenForum() ? "" : " targeted")
          .append("\" cx=\"").append(fmt(at[0])).append("\" cy=\"").append(fmt(at[1])).append("\" r=\"")
          .append(event.isOpenForum() ? 10 : 8).append("\" fill=\"").append(event.isOpenForum() && !cancelled ? colour : "#ffffff")
          .append("\" stroke=\"").append(colour).append("\" stroke-width=\"3\"").append(cancelled ? DASHED : "")
          .append("><title>").append(Xml.escape(title(event) + " · " + fullDate.format(day)
              + (cancelled ? " · " + labels.of(EventStatus.CANCELLED) : ""))).append("</title></circle>\n");
      int level = 0;
      while (level < rings.size() && rings.get(level).stream().anyMatch(taken -> Math.abs(taken - angle) < FORUM_LABEL_GAP)) {
        level++;
      }
      if (level == rings.size()) {
        rings.add(new ArrayList<>());
      }
      rings.get(level).add(angle);
      double[] label = point(angle, FORUM_LABELS - level * FORUM_LABEL_STEP);
      svg.append(text(label[0], label[1] + 4, dayMonth.format(day), FORUM_DATE_TEXT, "middle", colour, "bold",
          " class=\"forum-date\"" + HALO));
    }
  }

  /** The legend from {@code top} down: the marks, then each theme with its decisions; returns where it ends. */
  private double legend(StringBuilder svg, CheckedYear checked, List<ClockTheme> themes, double top) {
    svg.append("<g class=\"legend\">\n");
    List<String> rings = new ArrayList<>(WINDOWS);
    if (checked.year().events().stream().anyMatch(event -> event.status() == EventStatus.CANCELLED)) {
      rings.add(LEGEND_CANCELLED);
    }
    List<List<String>> rows = List.of(List.of("legend.openForum", "legend.targeted", "legend.violation", "legend.decision"), rings);
    double y = top - LEGEND_LINE;
    for (List<String> row : rows) {
      y += LEGEND_LINE;
      for (int column = 0; column < row.size(); column++) {
        double x = LEGEND_LEFT + column * LEGEND_COLUMN;
        String mark = row.get(column);
        svg.append(swatch(mark, x + 8, y - 4));
        svg.append(text(x + 22, y, mark.equals(LEGEND_CANCELLED) ? labels.of(EventStatus.CANCELLED) : labels.get(mark), 12,
            "start", INK, "normal"));
      }
    }
    Optional<AnnualClock> clock = checked.year().clock();
    if (clock.isPresent() && !themes.isEmpty()) {
      y = themeLegend(svg, clock.get(), themes, y + LEGEND_LINE * 1.6);
    }
    svg.append("</g>\n");
    return y;
  }

  /** Each theme's colour, title and first decision on a line, any further decisions on lines of their own. */
  private double themeLegend(StringBuilder svg, AnnualClock clock, List<ClockTheme> themes, double top) {
    double y = top;
    svg.append(text(LEGEND_LEFT, y, labels.get("legend.themes"), 14, "start", INK, "bold"));
    for (int index = 0; index < themes.size(); index++) {
      ClockTheme theme = themes.get(index);
      y += LEGEND_LINE;
      svg.append("<g class=\"legend-theme\" data-theme=\"").append(Xml.escape(theme.id())).append("\">");
      svg.append("<line x1=\"").append(fmt(LEGEND_LEFT)).append("\" y1=\"").append(fmt(y - 4)).append("\" x2=\"")
          .append(fmt(LEGEND_LEFT + 24)).append("\" y2=\"").append(fmt(y - 4)).append("\" stroke=\"").append(themeColour(index))
          .append("\" stroke-width=\"9\" stroke-linecap=\"round\"/>");
      svg.append("<text x=\"").append(fmt(LEGEND_LEFT + 36)).append("\" y=\"").append(fmt(y)).append("\" font-size=\"12\" fill=\"")
          .append(INK).append("\"><tspan font-weight=\"bold\">").append(Xml.escape(theme.title())).append("</tspan>");
      List<Decision> decisions = decisions(clock, theme);
      for (int each = 0; each < decisions.size(); each++) {
        if (each > 0) {
          y += LEGEND_LINE * 0.8;
        }
        svg.append(each == 0 ? "<tspan>" : "<tspan x=\"" + fmt(LEGEND_LEFT + 56) + "\" y=\"" + fmt(y) + "\">")
            .append(" → ").append(Xml.escape(describe(decisions.get(each)))).append("</tspan>");
      }
      svg.append("</text></g>\n");
    }
    return y;
  }

  private String swatch(String mark, double x, double y) {
    switch (mark) {
      case "legend.openForum":
        return circle(x, y, 7, FORUM, FORUM, 3, "swatch");
      case "legend.targeted":
        return circle(x, y, 6, "#ffffff", FORUM, 3, "swatch");
      case "legend.violation":
        return circle(x, y, 7, VIOLATION, VIOLATION, 3, "swatch");
      case LEGEND_CANCELLED:
        return circle(x, y, 6, "#ffffff", CANCELLED, 3, "swatch", DASHED);
      case "legend.decision":
        return "<rect x=\"" + fmt(x - 6) + "\" y=\"" + fmt(y - 6) + "\" width=\"12\" height=\"12\" fill=\"" + INK
            + "\" transform=\"rotate(45 " + fmt(x) + " " + fmt(y) + ")\"/>\n";
      default:
        return "<line x1=\"" + fmt(x - 5) + "\" y1=\"" + fmt(y) + "\" x2=\"" + fmt(x + 5) + "\" y2=\"" + fmt(y)
            + "\" stroke=\"" + WINDOW_COLOURS.get(WINDOWS.indexOf(mark)) + "\" stroke-width=\"9\" stroke-linecap=\"round\"/>\n";
    }
  }

  /** The event's title in the picture's language where the record has it, else its Finnish. */
  private String title(ForumEvent event) {
    return event.titleTranslations().flatMap(texts -> texts.in(labels.language())).orElse(event.title());
  }

  private static String themeColour(int index) {
    return THEME_COLOURS.get(index % THEME_COLOURS.size());
  }

  /** The ids of the events a violation is about, directly or through their memo or an agenda item. */
  static Set<String> violatingEvents(CheckedYear checked, CheckResult result) {
    Set<String> items = checked.year().events().stream().flatMap(event -> event.agenda().stream()
        .map(item -> event.id() + "\u0000" + item.id())).collect(Collectors.toSet());
    return result.withSeverity(Severity.VIOLATION).stream()
        .map(Finding::subject)
        .flatMap(subject -> subject.kind() == SubjectKind.EVENT || subject.kind() == SubjectKind.MEMO
            ? Stream.of(subject.id())
            : subject.kind() == SubjectKind.AGENDA_ITEM
                ? items.stream().filter(key -> key.endsWith("\u0000" + subject.id())).map(key -> key.substring(0, key.indexOf('\u0000')))
                : Stream.empty())
        .collect(Collectors.toSet());
  }

  /** Degrees clockwise from the top: 1 January at 0, the year's days evenly round the circle. */
  private static double angle(LocalDate day) {
    return 360.0 * (day.getDayOfYear() - 1) / day.lengthOfYear();
  }

  private static double degreesPerDay(LocalDate day) {
    return 360.0 / day.lengthOfYear();
  }

  private static double[] point(double degrees, double radius) {
    double radians = Math.toRadians(degrees - 90);
    return new double[] {CENTRE_X + radius * Math.cos(radians), CENTRE_Y + radius * Math.sin(radians)};
  }

  /** An arc over whole days, cut at the year's ends. */
  private static String arc(LocalDate from, LocalDate to, double radius, String colour, int width, String kind, String hint) {
    LocalDate first = from.getYear() < to.getYear() ? to.withDayOfYear(1) : from;
    LocalDate last = to.getYear() > from.getYear() ? from.withDayOfYear(from.lengthOfYear()) : to;
    return "<path class=\"" + kind + "\" d=\"" + arcPath(angle(first), angle(last) + degreesPerDay(last) * 0.99, radius)
        + "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"" + width + "\" stroke-linecap=\"round\"><title>"
        + Xml.escape(hint) + "</title></path>\n";
  }

  private static String arcPath(double start, double end, double radius) {
    double[] a = point(start, radius);
    double[] b = point(end, radius);
    return "M " + fmt(a[0]) + " " + fmt(a[1]) + " A " + fmt(radius) + " " + fmt(radius) + " 0 " + (end - start > 180 ? 1 : 0)
        + " 1 " + fmt(b[0]) + " " + fmt(b[1]);
  }

  private static String sector(double start, double end, double radius, String fill) {
    double[] a = point(start, radius);
    double[] b = point(end, radius);
    return "<path d=\"M " + fmt(CENTRE_X) + " " + fmt(CENTRE_Y) + " L " + fmt(a[0]) + " " + fmt(a[1]) + " A " + fmt(radius) + " "
        + fmt(radius) + " 0 0 1 " + fmt(b[0]) + " " + fmt(b[1]) + " Z\" fill=\"" + fill + "\"/>\n";
  }

  /**
   * Text along a ring from {@code start} to {@code end} degrees; in the lower half the path runs the
   * other way round, so the text still reads left to right rather than upside down.
   */
  private static String curvedText(String id, double start, double end, double radius, String content, int size, String colour) {
    double middle = (start + end) / 2 % 360;
    boolean lower = middle > 90 && middle < 270;
    String d;
    if (lower) {
      double[] a = point(end, radius);
      double[] b = point(start, radius);
      d = "M " + fmt(a[0]) + " " + fmt(a[1]) + " A " + fmt(radius) + " " + fmt(radius) + " 0 0 0 " + fmt(b[0]) + " " + fmt(b[1]);
    } else {
      d = arcPath(start, end, radius);
    }
    String safeId = "clock-" + id.replaceAll("[^A-Za-z0-9_-]", "_");
    return "<path id=\"" + safeId + "\" d=\"" + d + "\" fill=\"none\"/>\n<text font-size=\"" + size + "\" fill=\"" + colour
        + "\" font-weight=\"bold\" dominant-baseline=\"central\"" + HALO + "><textPath href=\"#" + safeId + "\"" + (lower
            ? " startOffset=\"100%\" text-anchor=\"end\"" : "") + ">" + Xml.escape(content) + "</textPath></text>\n";
  }

  private static String circle(double x, double y, double r, String fill, String stroke, int width, String kind) {
    return circle(x, y, r, fill, stroke, width, kind, "");
  }

  private static String circle(double x, double y, double r, String fill, String stroke, int width, String kind,
      String attributes) {
    return "<circle class=\"" + kind + "\" cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"" + fmt(r) + "\" fill=\"" + fill
        + "\" stroke=\"" + stroke + "\" stroke-width=\"" + width + "\"" + attributes + "/>\n";
  }

  private static String line(double[] from, double[] to, String colour) {
    return "<line x1=\"" + fmt(from[0]) + "\" y1=\"" + fmt(from[1]) + "\" x2=\"" + fmt(to[0]) + "\" y2=\"" + fmt(to[1])
        + "\" stroke=\"" + colour + "\"/>\n";
  }

  private static String text(double x, double y, String content, int size, String anchor, String colour, String weight) {
    return text(x, y, content, size, anchor, colour, weight, "");
  }

  private static String text(double x, double y, String content, int size, String anchor, String colour, String weight,
      String attributes) {
    return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" font-size=\"" + size + "\" text-anchor=\"" + anchor + "\" fill=\""
        + colour + "\" font-weight=\"" + weight + "\"" + attributes + ">" + Xml.escape(content) + "</text>\n";
  }

  /** Coordinates with one decimal, the same whatever the JVM's locale. */
  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
