package fi.hyvinvointialue.forum.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.domain.AnnualClock;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.PlanFiles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ClockSvgTest {
  /** The example plans, one copy in the examples module; surefire runs in this module's directory. */
  private static final Path PLANS = Path.of("../examples/plans");
  /** After the example year, so every deadline of 2026 has passed. */
  private static final Instant AFTER_2026 = Instant.parse("2027-01-15T10:00:00Z");
  private static final Plan KESKI_SUOMI = new PlanFiles().read(PLANS.resolve("keski-suomi-2026.yaml"));

  private static CheckedYear checked(Plan plan) {
    return CheckedYear.of(plan.year(), plan.profile(), AFTER_2026);
  }

  private static String clock(String language) {
    return new ClockSvg(new Labels(Locale.forLanguageTag(language)))
        .render(checked(KESKI_SUOMI));
  }

  @Test
  void theLegendNamesEachThemeInTheColourOfItsArc() {
    String svg = clock("fi");
    List<ClockTheme> themes = KESKI_SUOMI.year().clock().orElseThrow().themes();
    Set<String> colours = new HashSet<>();

    for (ClockTheme theme : themes) {
      String legend = group(svg, "legend-theme", theme.id());
      String arcs = group(svg, "theme", theme.id());
      assertTrue(legend.contains("<tspan font-weight=\"bold\">" + Xml.escape(theme.title()) + "</tspan>"), legend);
      String colour = firstMatch(legend, "stroke=\"(#[0-9a-f]{6})\"");
      assertTrue(arcs.contains("=\"" + colour + "\""), theme.id() + " is drawn in another colour than its legend's " + colour);
      colours.add(colour);
    }

    assertEquals(themes.size(), colours.size(), "every theme its own colour: " + colours);
  }

  @Test
  void eachDecisionIsADiamondWithItsDateAndATooltipNamingItAndItsBody() {
    String svg = clock("sv");
    AnnualClock clock = KESKI_SUOMI.year().clock().orElseThrow();

    for (Decision decision : clock.decisions()) {
      String date = decision.date().getDayOfMonth() + "." + decision.date().getMonthValue() + ".";
      assertTrue(svg.contains("<title>" + Xml.escape(decision.title() + " (" + decision.bodyName() + ") " + date
          + decision.date().getYear()) + "</title></rect>"), decision.id() + ": " + svg);
      assertTrue(svg.contains(">" + date + "</textPath>"), decision.id() + " has no date beside its diamond");
    }
    assertTrue(svg.contains(">Teman och besluten de bereder<"), svg);
    assertTrue(svg.contains(">öppet forum<") && svg.contains(">riktat evenemang<"), "the legend in Swedish: " + svg);
  }

  @Test
  void targetedEventsAreHollowAndInTheLegend() {
    String svg = clock("en");

    assertEquals(1, svg.split("<circle class=\"forum targeted\"[^>]* fill=\"#ffffff\"", -1).length - 1, svg);
    assertTrue(svg.contains(">targeted event<"), svg);
    assertTrue(svg.contains(">8 Dec</textPath>"), "English dates: " + svg);
  }

  @Test
  void cancelledEventsAreDashedAndInTheLegendOnlyWhenThereAreAny() {
    Plan withCancelled = new PlanFiles().read(PLANS.resolve("broken/TL-4.2-too-few-forums.yaml"));
    Labels swedish = new Labels(Locale.forLanguageTag("sv"));

    String svg = new ClockSvg(swedish).render(checked(withCancelled));

    assertTrue(svg.contains(">inställt<"), svg);
    assertEquals(2, svg.split("<circle class=\"forum\"[^>]* stroke-dasharray", -1).length - 1, svg);
    assertTrue(!clock("sv").contains(">inställt<"));
  }

  /**
   * WCAG 2.1 AA asks 4.5:1 of text: every label of the clock, in every language and for a year with a
   * violation and cancelled forums, keeps it against white and against the darker of the months' fills.
   */
  @Test
  void everyLabelHasAContrastOfAtLeast4point5To1() {
    Plan broken = new PlanFiles().read(PLANS.resolve("broken/TL-4.2-too-few-forums.yaml"));
    Pattern fills = Pattern.compile("<text [^>]*fill=\"(#[0-9a-f]{6})\"");
    for (String language : List.of("fi", "sv", "en")) {
      for (Plan plan : List.of(KESKI_SUOMI, broken)) {
        Matcher labels = fills.matcher(new ClockSvg(new Labels(Locale.forLanguageTag(language))).render(checked(plan)));
        int count = 0;
        while (labels.find()) {
          count++;
          for (String background : List.of("#ffffff", "#eef2f7")) {
            double contrast = contrast(labels.group(1), background);
            assertTrue(contrast >= 4.5, labels.group(1) + " on " + background + " is " + contrast + ":1");
          }
        }
        assertTrue(count > 20, "only " + count + " labels");
      }
    }
  }

  /** WCAG's contrast ratio of two sRGB colours. */
  private static double contrast(String one, String other) {
    double a = luminance(one);
    double b = luminance(other);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  private static double luminance(String colour) {
    double[] channels = new double[3];
    for (int i = 0; i < 3; i++) {
      double value = Integer.parseInt(colour.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      channels[i] = value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
  }

  @Test
  void theSameYearDrawsTheSamePicture() {
    assertEquals(clock("fi"), clock("fi"));
  }

  /** The markup of the {@code <g>} of the class and theme given. */
  private static String group(String svg, String kind, String themeId) {
    String start = "<g class=\"" + kind + "\" data-theme=\"" + Xml.escape(themeId) + "\">";
    int from = svg.indexOf(start);
    assertTrue(from >= 0, "no " + start);
    return svg.substring(from, svg.indexOf("</g>", from));
  }

  private static String firstMatch(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertTrue(matcher.find(), regex + " in " + text);
    return matcher.group(1);
  }
}
