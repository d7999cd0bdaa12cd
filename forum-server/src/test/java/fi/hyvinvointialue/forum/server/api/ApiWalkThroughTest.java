package fi.hyvinvointialue.forum.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.hyvinvointialue.forum.domain.memory.InMemoryApiTokens;
import fi.hyvinvointialue.forum.domain.memory.InMemoryForumYears;
import fi.hyvinvointialue.forum.domain.port.TokenRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs docs/api.md's curl commands in order against a started server: each answer has the status and the
 * headers the page shows after it.
 */
class ApiWalkThroughTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern BLOCK = Pattern.compile("```(sh|http)\\n(.*?)```", Pattern.DOTALL);

  @TempDir Path directory;

  private record Step(String command, List<String> expected) {}

  @Test
  void theCurlWalkThroughInTheDocsAnswersAsItSays() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")) || Files.isExecutable(Path.of("/bin/curl")), "needs curl");
    List<Step> steps = steps(Files.readString(ROOT.resolve("docs/api.md")));
    assertTrue(steps.size() >= 10, "the walk-through has its steps: " + steps.size());
    Path plans = Files.createDirectories(directory.resolve("examples/plans"));
    Files.copy(ROOT.resolve("examples/plans/keski-suomi-2026.yaml"), plans.resolve("keski-suomi-2026.yaml"));
    try (ApiFixture api = new ApiFixture(new InMemoryForumYears(), new InMemoryApiTokens())) {
      String token = api.token("keski-suomi", TokenRole.SECRETARY);
      for (Step step : steps) {
        String output = run(step.command(), "http://localhost:" + api.port, token);
        if (step.expected().isEmpty()) {
          continue;
        }
        String[] lines = output.split("\r?\n");
        assertEquals(status(step.expected().get(0)), status(lines[0]), step.command() + "\n" + output);
        for (String header : step.expected().subList(1, step.expected().size())) {
          String name = header.substring(0, header.indexOf(':') + 1).toLowerCase(Locale.ROOT);
          String value = header.substring(header.indexOf(':') + 1).trim();
          assertTrue(List.of(lines).stream().anyMatch(line -> line.toLowerCase(Locale.ROOT).startsWith(name)
              && line.substring(name.length()).trim().startsWith(value)), step.command() + ": no " + header + " in\n" + output);
        }
      }
    }
  }

  private static List<Step> steps(String page) {
    List<Step> steps = new ArrayList<>();
    Matcher blocks = BLOCK.matcher(page);
    while (blocks.find()) {
      String text = blocks.group(2).strip();
      if (blocks.group(1).equals("sh")) {
        if (!text.startsWith("export")) { // the reader's own settings; the test sets its own
          steps.add(new Step(text, new ArrayList<>()));
        }
      } else {
        steps.get(steps.size() - 1).expected().addAll(List.of(text.split("\n")));
      }
    }
    return steps;
  }

  private String run(String command, String forum, String token) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(directory.toFile()).redirectErrorStream(true);
    builder.environment().put("FORUM", forum);
    builder.environment().put("TOKEN", token);
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), command);
    assertEquals(0, process.exitValue(), command);
    return new String(output, StandardCharsets.UTF_8);
  }

  private static int status(String statusLine) {
    return Integer.parseInt(statusLine.split(" ")[1]);
  }
}
