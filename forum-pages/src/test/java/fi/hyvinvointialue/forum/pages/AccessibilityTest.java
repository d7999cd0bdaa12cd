package fi.hyvinvointialue.forum.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.domain.testing.HeadlessChromium;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page of the example counties' sites, in all three languages, as Debian's Chromium renders it,
 * checked by axe-core (from Maven, injected by Selenium) against WCAG 2.1 A and AA: no violations, and
 * nothing wider than a 390 px phone. Without Chromium and its driver the test is skipped, except under
 * {@code CI=true}, where a missing browser fails.
 */
class AccessibilityTest {
  private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
  private static final int PHONE_WIDTH = 390;

  @TempDir static Path site;
  private static ChromeDriver browser;
  private static String axe;

  @BeforeAll
  static void startTheBrowser() throws IOException {
    browser = HeadlessChromium.start();
    try (InputStream script = AccessibilityTest.class.getClassLoader().getResourceAsStream(AXE)) {
      assertTrue(script != null, "axe-core is not on the test class path at " + AXE);
      axe = new String(script.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @AfterAll
  static void stopTheBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void everyPageInEveryLanguagePassesAxeAndFitsAPhone() throws IOException {
    List<String> problems = new ArrayList<>();
    int pages = 0;
    for (String plan : List.of("pohjanmaa-2026.yaml", "keski-suomi-2026.yaml", "broken/TL-4.2-too-few-forums.yaml")) {
      Path root = site.resolve(plan.replace('/', '-'));
      for (Map.Entry<String, String> file : SiteExamples.site(plan, Instant.parse("2026-05-20T09:00:00Z"), LinkStyle.FILES)
          .files().entrySet()) {
        Path page = root.resolve(file.getKey());
        Files.createDirectories(page.getParent());
        Files.writeString(page, file.getValue());
        problems.addAll(check(plan + " " + file.getKey(), page));
        pages++;
      }
    }

    assertEquals(21, pages, "seven pages of each of three counties");
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /** The check can fail: a page with an image without a text alternative and no language does. */
  @Test
  void axeFindsWhatIsMissingOnAPageWithoutLanguageOrTextAlternative() throws IOException {
    Path page = site.resolve("bad.html");
    Files.writeString(page, "<!DOCTYPE html><html><head><title>x</title></head><body><img src=\"x.png\"></body></html>");

    String problems = String.join("\n", check("bad.html", page));

    assertTrue(problems.contains("image-alt") && problems.contains("html-has-lang"), problems);
  }

  private static List<String> check(String name, Path page) {
    browser.manage().window().setSize(new Dimension(1280, 1000));
    browser.get(page.toUri().toString());
    JavascriptExecutor script = browser;
    script.executeScript(axe);
    Object result = script.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        + ".then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
        + ".catch(e => done(['axe failed: ' + e]));");
    List<String> problems = new ArrayList<>();
    for (Object violation : (List<?>) result) {
      problems.add(name + ": " + violation);
    }
    browser.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
    Object overflow = script.executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    if (((Number) overflow).intValue() > 0) {
      problems.add(name + ": wider than " + PHONE_WIDTH + " px by " + overflow + " px");
    }
    return problems;
  }
}
