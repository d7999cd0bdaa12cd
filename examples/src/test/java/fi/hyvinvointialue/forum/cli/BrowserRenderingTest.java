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

/**
 * The clock and the report as a real browser renders them: headless Chromium dumps the DOM after
 * rendering and takes screenshots, and the test looks at what is there. Skipped without Chromium.
 */
class BrowserRenderingTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final String BROKEN = Run.PLANS.resolve("broken/TL-4.1-materials-late.yaml").toString();

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

  @Test
  void theReportRendersItsVerdictClockFindingsAndEvents() throws Exception {
    Path report = directory.resolve("report.html");
    assertEquals(Forum.COMPLIANT, Run.of("report", BROKEN, "-o", report.toString(), "--lang", "en").exitCode());

    String dom = chromium("--dump-dom", report.toUri().toString());

    assertTrue(dom.contains("<p id=\"verdict\" class=\"verdict NOT_COMPLIANT\">NOT COMPLIANT</p>"), dom);
    assertTrue(dom.contains("<svg"), dom);
    assertTrue(dom.contains("class=\"forum violation\""), dom);
    assertTrue(dom.contains("<b>TL-4.1</b><br>Content, agenda and background material on the website at least one week before"),
        dom);
    assertTrue(dom.contains("The AGENDA of the forum of 2026-03-11 was published on the website on 2026-03-06"), dom);
    assertTrue(dom.contains("<td>2026-03-04</td>"), "the materials deadline of the first forum: " + dom);
  }

  @Test
  void theClockIsDrawnWithTheViolationInRed() throws Exception {
    Path clock = directory.resolve("clock.svg");
    Run.of("clock", BROKEN, "-o", clock.toString(), "--lang", "sv");
    Path screenshot = directory.resolve("clock.png");

    chromium("--window-size=900,1020", "--screenshot=" + screenshot, clock.toUri().toString());

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
    int pixels = image.getWidth() * image.getHeight();
    assertTrue(drawn > pixels / 20, "only " + drawn + " of " + pixels + " pixels drawn");
    assertTrue(red > 100, "the forum with a violation is not red: " + red + " red pixels");
    assertTrue(Files.readString(clock).contains(">mars<"), "the months are in Swedish");
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
