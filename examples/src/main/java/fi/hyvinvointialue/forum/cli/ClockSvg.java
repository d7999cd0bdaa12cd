package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.adapters.json.Plan;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.AnnualClock;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.Recording;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.rules.CheckResult;
import fi.hyvinvointialue.forum.rules.Finding;
import fi.hyvinvointialue.forum.rules.Severity;
import fi.hyvinvointialue.forum.rules.SubjectKind;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The annual clock (vuosikello) as SVG: the year as a circle starting at the top on 1 January,
 * months as sectors, the forums as marks on the month ring, each theme as an arc from its first
 * forum to the decision it feeds, and each forum's publication, feedback and recording windows on
 * an outer band. Events with a violation are drawn red.
 */
final class ClockSvg {
  static final int SIZE = 900;
  private static final double CENTRE = SIZE / 2.0;
  private static final double MONTH_RING = 300;
  private static final double WINDOW_RING = 330;
  private static final double FIRST_THEME_RING = 260;
  private static final double THEME_STEP = 22;
  private static final String VIOLATION = "#c62828";

  private final Labels labels;

  ClockSvg(Labels labels) {
    this.labels = labels;
  }

  String render(Plan plan, CheckResult result) {
    int year = plan.year().year();
    Locale language = labels.language();
    Set<String> violating = violatingEvents(plan, result);
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(SIZE).append(' ').append(SIZE + 120)
        .append("\" width=\"").append(SIZE).append("\" height=\"").append(SIZE + 120).append("\" role=\"img\" font-family=\"sans-serif\">\n");
    String title = plan.profile().county().name().in(language) + " · " + labels.get("clock.title", Integer.toString(year));
    svg.append("<title>").append(Xml.escape(title)).append("</title>\n");
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    svg.append(text(CENTRE, 36, title, 22, "middle", "#1a237e", "bold"));
    svg.append(text(CENTRE, 62, labels.of(result.verdict()), 16, "middle",
        violating.isEmpty() && result.withSeverity(Severity.VIOLATION).isEmpty() ? "#2e7d32" : VIOLATION, "bold"));
    svg.append("<g transform=\"translate(0,40)\">\n");
    svg.append(circle(CENTRE, CENTRE, MONTH_RING, "#f5f7fb", "#90a4ae", 2, "months"));
    for (Month month : Month.values()) {
      LocalDate first = LocalDate.of(year, month, 1);
      double angle = angle(first);
      svg.append(line(point(angle, 60), point(angle, MONTH_RING), "#cfd8dc"));
      double middle = angle(first.plusDays(first.lengthOfMonth() / 2));
      double[] at = point(middle, MONTH_RING + 62);
      svg.append(text(at[0], at[1], month.getDisplayName(TextStyle.FULL_STANDALONE, language), 14, "middle", "#37474f", "normal"));
    }
    plan.year().clock().ifPresent(clock -> themes(svg, plan, clock));
    for (ForumEvent event : plan.year().events()) {
      windows(svg, event, plan.profile());
    }
    for (ForumEvent event : plan.year().events()) {
      forum(svg, event, violating.contains(event.id()));
    }
    svg.append("</g>\n");
    legend(svg);
    return svg.append("</svg>\n").toString();
  }

  private void themes(StringBuilder svg, Plan plan, AnnualClock clock) {
    double radius = FIRST_THEME_RING;
    for (ClockTheme theme : clock.themes()) {
      List<Decision> decisions = theme.decisionIds().stream().map(clock::decision).flatMap(Optional::stream)
          .collect(Collectors.toList());
      Optional<LocalDate> firstForum = plan.year().events().stream()
          .filter(event -> event.status() != EventStatus.CANCELLED)
          .filter(event -> event.agenda().stream().map(AgendaItem::themeId).anyMatch(id -> id.equals(Optional.of(theme.id()))))
          .map(event -> event.start().toLocalDate())
          .min(LocalDate::compareTo);
      Optional<LocalDate> lastDecision = decisions.stream().map(Decision::date).max(LocalDate::compareTo);
      String hint = theme.title() + decisions.stream().map(decision -> " → " + decision.title() + " " + decision.date())
          .collect(Collectors.joining());
      if (firstForum.isPresent() && lastDecision.isPresent() && !lastDecision.get().isBefore(firstForum.get())) {
        svg.append(arc(firstForum.get(), lastDecision.get(), radius, "#5c6bc0", 8, "theme", hint));
      }
      for (Decision decision : decisions) {
        double[] at = point(angle(decision.date()), radius);
        svg.append("<rect class=\"decision\" x=\"").append(fmt(at[0] - 6)).append("\" y=\"").append(fmt(at[1] - 6))
            .append("\" width=\"12\" height=\"12\" fill=\"#283593\" transform=\"rotate(45 ").append(fmt(at[0])).append(' ')
            .append(fmt(at[1])).append(")\"><title>").append(Xml.escape(decision.title() + " · " + decision.bodyName() + " "
                + decision.date())).append("</title></rect>\n");
      }
      double[] label = point(angle(LocalDate.of(plan.year().year(), 1, 1)), radius);
      svg.append(text(label[0] + 8, label[1] + 4, theme.title(), 11, "start", "#283593", "normal"));
      radius -= THEME_STEP;
    }
  }

  private void windows(StringBuilder svg, ForumEvent event, PolicyProfile profile) {
    if (event.status() == EventStatus.CANCELLED) {
      return;
    }
    LocalDate start = event.start().toLocalDate();
    svg.append(arc(start.minusDays(profile.publicationLeadDays()), start, WINDOW_RING, "#fb8c00", 10, "publication",
        labels.get("window.publication") + " " + event.title()));
    event.feedbackWindow().ifPresent(window -> svg.append(arc(window.opensAt().toLocalDate(), window.closesAt().toLocalDate(),
        WINDOW_RING + 12, "#43a047", 10, "feedback", labels.get("window.feedback") + " " + event.title())));
    event.recording().flatMap(Recording::publishedAt).ifPresent(published -> svg.append(arc(published.toLocalDate(),
        published.toLocalDate().plusDays(profile.recordingAvailableDays()), WINDOW_RING + 24, "#8e24aa", 10, "recording",
        labels.get("window.recording") + " " + event.title())));
  }

  private void forum(StringBuilder svg, ForumEvent event, boolean violating) {
    double[] at = point(angle(event.start().toLocalDate()), MONTH_RING);
    String colour = violating ? VIOLATION : "#1565c0";
    boolean open = event.isOpenForum();
    svg.append("<circle class=\"forum").append(violating ? " violation" : "").append("\" cx=\"").append(fmt(at[0]))
        .append("\" cy=\"").append(fmt(at[1])).append("\" r=\"").append(open ? 11 : 8).append("\" fill=\"")
        .append(open && event.status() != EventStatus.CANCELLED ? colour : "#ffffff").append("\" stroke=\"").append(colour)
        .append("\" stroke-width=\"3\"><title>").append(Xml.escape(event.title() + " " + event.start().toLocalDate()))
        .append("</title></circle>\n");
    double[] label = point(angle(event.start().toLocalDate()), MONTH_RING - 26);
    svg.append(text(label[0], label[1] + 4, event.start().getDayOfMonth() + "." + event.start().getMonthValue() + ".", 12,
        "middle", colour, "bold"));
  }

  private void legend(StringBuilder svg) {
    double y = SIZE + 70;
    String[][] items = {
      {"#1565c0", "legend.forum"}, {VIOLATION, "legend.violation"}, {"#5c6bc0", "legend.theme"}, {"#283593", "legend.decision"},
      {"#fb8c00", "window.publication"}, {"#43a047", "window.feedback"}, {"#8e24aa", "window.recording"}
    };
    double x = 30;
    for (String[] item : items) {
      svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y - 11)).append("\" width=\"14\" height=\"14\" fill=\"")
          .append(item[0]).append("\"/>\n");
      String label = labels.get(item[1]);
      svg.append(text(x + 20, y, label, 12, "start", "#37474f", "normal"));
      x += 28 + label.length() * 6.6;
    }
  }

  private static Set<String> violatingEvents(Plan plan, CheckResult result) {
    Set<String> items = plan.year().events().stream().flatMap(event -> event.agenda().stream()
        .map(item -> event.id() + "\u0000" + item.id())).collect(Collectors.toSet());
    return result.withSeverity(Severity.VIOLATION).stream()
        .map(Finding::subject)
        .flatMap(subject -> subject.kind() == SubjectKind.EVENT || subject.kind() == SubjectKind.MEMO
            ? java.util.stream.Stream.of(subject.id())
            : subject.kind() == SubjectKind.AGENDA_ITEM
                ? items.stream().filter(key -> key.endsWith("\u0000" + subject.id())).map(key -> key.substring(0, key.indexOf('\u0000')))
                : java.util.stream.Stream.empty())
        .collect(Collectors.toSet());
  }

  /** Degrees clockwise from the top: 1 January at 0, the year's days evenly round the circle. */
  private static double angle(LocalDate day) {
    return 360.0 * (day.getDayOfYear() - 1) / day.lengthOfYear();
  }

  private static double[] point(double degrees, double radius) {
    double radians = Math.toRadians(degrees - 90);
    return new double[] {CENTRE + radius * Math.cos(radians), CENTRE + radius * Math.sin(radians)};
  }

  private static String arc(LocalDate from, LocalDate to, double radius, String colour, int width, String kind, String hint) {
    double start = angle(from.getYear() < to.getYear() ? to.withDayOfYear(1) : from);
    double end = angle(to.getYear() > from.getYear() ? from.withDayOfYear(from.lengthOfYear()) : to) + 0.99;
    double[] a = point(start, radius);
    double[] b = point(end, radius);
    return "<path class=\"" + kind + "\" d=\"M " + fmt(a[0]) + " " + fmt(a[1]) + " A " + fmt(radius) + " " + fmt(radius) + " 0 "
        + (end - start > 180 ? 1 : 0) + " 1 " + fmt(b[0]) + " " + fmt(b[1]) + "\" fill=\"none\" stroke=\"" + colour
        + "\" stroke-width=\"" + width + "\" stroke-linecap=\"round\" opacity=\"0.85\"><title>" + Xml.escape(hint)
        + "</title></path>\n";
  }

  private static String circle(double x, double y, double r, String fill, String stroke, int width, String kind) {
    return "<circle class=\"" + kind + "\" cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"" + fmt(r) + "\" fill=\"" + fill
        + "\" stroke=\"" + stroke + "\" stroke-width=\"" + width + "\"/>\n";
  }

  private static String line(double[] from, double[] to, String colour) {
    return "<line x1=\"" + fmt(from[0]) + "\" y1=\"" + fmt(from[1]) + "\" x2=\"" + fmt(to[0]) + "\" y2=\"" + fmt(to[1])
        + "\" stroke=\"" + colour + "\"/>\n";
  }

  private static String text(double x, double y, String content, int size, String anchor, String colour, String weight) {
    return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" font-size=\"" + size + "\" text-anchor=\"" + anchor + "\" fill=\""
        + colour + "\" font-weight=\"" + weight + "\">" + Xml.escape(content) + "</text>\n";
  }

  /** Coordinates with one decimal, the same whatever the JVM's locale. */
  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
