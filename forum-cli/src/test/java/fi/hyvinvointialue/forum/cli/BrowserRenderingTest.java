package fi.hyvinvointialue.forum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The clock and the report as a real browser renders them: headless Chromium dumps the DOM after
 * rendering and takes screenshots, and the test looks at what is there. Skipped without Chromium.
 */
class BrowserRenderingTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final String BROKEN = Run.PLANS.resolve("broken/TL-4.1-materials-late.yaml").toString();

  /** Added to a report: the labels of its clock that touch a drawn shape or another label, in the body's data-collisions. */
  private static final String COLLISIONS = "<script>\n"
      + "const clock = document.querySelector('#clock svg');\n"
      + "const shapes = [...clock.querySelectorAll('path.publication, path.feedback, path.recording, path.theme-arc, circle.forum')];\n"
      + "const labels = [...clock.querySelectorAll('text.month, text.forum-date')];\n"
      + "const grid = box => { const points = []; for (let i = 0; i <= 10; i++) for (let j = 0; j <= 4; j++)\n"
      + "  points.push(new DOMPoint(box.x + box.width * i / 10, box.y + box.height * j / 4)); return points; };\n"
      + "const hits = [];\n"
      + "labels.forEach((label, index) => { const box = label.getBBox();\n"
      + "  shapes.filter(shape => grid(box).some(p => shape.isPointInStroke(p) || (shape.tagName === 'circle' && shape.isPointInFill(p))))\n"
      + "    .forEach(shape => hits.push(label.textContent + ' on ' + shape.getAttribute('class')));\n"
      + "  labels.slice(index + 1).map(other => [other, other.getBBox()]).filter(([other, b]) => b.x < box.x + box.width\n"
      + "    && box.x < b.x + b.width && b.y < box.y + box.height && box.y < b.y + b.height)\n"
      + "    .forEach(([other]) => hits.push(label.textContent + ' on ' + other.textContent)); });\n"
      + "document.body.setAttribute('data-collisions', hits.join('; '));\n"
      + "</script>\n";

  @TempDir Path directory;

  private String chromium(String... arguments) throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + Files.createTempDirectory(directory, "profile")));
    command.addAll(List.of(arguments));
    Path output = directory.resolve("chromium.out");
    Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
        .redirectError(directory.resolve("chromium.err").toFile()).start();
    // a guard against a hung browser, not a measure of speed
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Chromium did not finish: " + command);
    }
    assertEquals(0, process.exitValue(), Files.readString(directory.resolve("chromium.err")));
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  /** The report of {@code plan} in {@code language}, with {@code extra} before its end, as the browser's DOM after rendering. */
  private String renderedReport(String plan, String language, String extra) throws Exception {
    Path report = directory.resolve("report.html");
    assertEquals(ExitCode.COMPLIANT.code(), Run.of("report", plan, "-o", report.toString(), "--lang", language).exitCode());
    Files.writeString(report, Files.readString(report).replace("</body>", extra + "</body>"));
    return chromium("--dump-dom", report.toUri().toString());
  }

  @Test
  void theReportRendersItsVerdictClockFindingsAndEvents() throws Exception {
    String dom = renderedReport(BROKEN, "en", "");

    assertTrue(dom.contains("<p id=\"verdict\" class=\"verdict NOT_COMPLIANT\">NOT COMPLIANT</p>"), dom);
    assertTrue(dom.contains("<svg"), dom);
    assertTrue(dom.contains("class=\"forum violation\""), dom);
    assertTrue(dom.contains("<b>TL-4.1</b><br>Content, agenda and background material on the website at least one week before"),
        dom);
    assertTrue(dom.contains("The agenda of the forum of 2026-03-11 was published on the website on 2026-03-06"), dom);
    assertTrue(dom.contains("<td>4 March 2026</td>"), "the materials deadline of the first forum: " + dom);
  }

  @Test
  void theSwedishReportShowsTheClausesInSwedish() throws Exception {
    String dom = renderedReport(BROKEN, "sv", "");

    assertTrue(dom.contains("<html lang=\"sv\">"), dom);
    assertTrue(dom.contains("<b>TL-4.1</b><br>Innehåll, föredragningslista och bakgrundsmaterial publiceras på webbplatsen "
        + "senast en vecka före"), dom);
    assertTrue(dom.contains(">Teman och besluten de bereder<"), "the clock's legend in Swedish: " + dom);
  }

  /**
   * What the browser laid out, measured by a script added to the page: no month name or forum date
   * touches a window, theme arc or forum mark, and no two of those labels touch each other.
   */
  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv", "en"})
  void theClocksLabelsCollideWithNothing(String language) throws Exception {
    for (String plan : List.of(Run.PLANS.resolve("keski-suomi-2026.yaml").toString(), BROKEN)) {
      String dom = renderedReport(plan, language, COLLISIONS);

      assertTrue(dom.contains("<body data-collisions=\"\">"), plan + " in " + language + ": "
          + dom.substring(dom.indexOf("<body"), dom.indexOf('>', dom.indexOf("<body")) + 1));
    }
  }

  @Test
  void theClockIsDrawnWithTheViolationInRed() throws Exception {
    Path clock = directory.resolve("clock.svg");
    Run.of("clock", BROKEN, "-o", clock.toString(), "--lang", "sv");
    Path compliant = directory.resolve("compliant.svg");
    Run.of("clock", Run.PLANS.resolve("keski-suomi-2026.yaml").toString(), "-o", compliant.toString(), "--lang", "sv");

    int[] broken = pixels(clock);
    int[] fine = pixels(compliant);

    assertTrue(broken[0] > broken[2] / 20, "only " + broken[0] + " of " + broken[2] + " pixels drawn");
    // Both have the legend's red swatch; only the broken year has a red forum.
    assertTrue(broken[1] > fine[1] + 100, "the forum with a violation is not red: " + broken[1] + " red pixels, "
        + fine[1] + " in a compliant clock");
    assertTrue(Files.readString(clock).contains(">mars<"), "the months are in Swedish");
  }

  /** Of a screenshot of the picture: the pixels drawn, the red ones and all of them. */
  private int[] pixels(Path picture) throws Exception {
    Path screenshot = directory.resolve(picture.getFileName() + ".png");
    chromium("--window-size=900,1200", "--screenshot=" + screenshot, picture.toUri().toString());
    BufferedImage image = ImageIO.read(screenshot.toFile());
    int drawn = 0;
    int red = 0;
    for (int x = 0; x < image.getWidth(); x++) {
      for (int y = 0; y < image.getHeight(); y++) {
        int rgb = image.getRGB(x, y);
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        drawn += r + g + b < 720 ? 1 : 0;
        red += r > 180 && g < 80 && b < 80 ? 1 : 0;
      }
    }
    return new int[] {drawn, red, image.getWidth() * image.getHeight()};
  }

  @Test
  void aCompliantClockHasNoRed() throws Exception {
    Path clock = directory.resolve("clock.svg");
    Run.of("clock", Run.PLANS.resolve("keski-suomi-2026.yaml").toString(), "-o", clock.toString());

    String svg = Files.readString(clock);

    assertTrue(svg.contains("class=\"forum\""), svg);
    assertTrue(!svg.contains("violation\""), svg);
    assertEquals(5, svg.split("<circle class=\"forum").length - 1);
  }
}
