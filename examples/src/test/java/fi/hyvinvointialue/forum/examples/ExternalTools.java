package fi.hyvinvointialue.forum.examples;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The tools outside Java the tests check the examples with (node, npm packages, a C compiler and libical). */
final class ExternalTools {
  private static final long NPM_SECONDS = 300;

  private ExternalTools() {}

  /** A command's exit and output. */
  record Run(int exit, String output) {}

  /** The command's exit and output, or null when it cannot be started or does not end in time. */
  static Run run(List<String> command, long seconds) throws IOException, InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException notInstalled) {
      return null;
    }
    process.getOutputStream().close();
    Path output = Files.createTempFile("tool", ".out");
    try {
      Thread reader = new Thread(() -> copy(process, output));
      reader.start();
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        reader.join();
        return null;
      }
      reader.join();
      return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(output);
    }
  }

  /** The command run on the files, which must start and end in time. */
  static Run runOn(List<String> command, List<Path> files, long seconds) throws IOException, InterruptedException {
    List<String> withFiles = new ArrayList<>(command);
    files.forEach(file -> withFiles.add(file.toString()));
    Run run = run(withFiles, seconds);
    assertNotNull(run, () -> command.get(0) + " did not run");
    return run;
  }

  /**
   * Skips the test, saying why, when a tool is missing; under {@code CI=true} fails it instead, since CI
   * installs every tool (.ci/run) and a check that silently did not run proves nothing.
   */
  static void require(boolean available, String why) {
    if (!available && "true".equals(System.getenv("CI"))) {
      fail(why + " (CI=true: .ci/run installs it, so its absence is a failure)");
    }
    assumeTrue(available, why);
  }

  /** Installs the npm packages ({@code name@version}) into {@code directory} unless they are there; skips when it cannot. */
  static void npmInstall(Path directory, List<String> packages) throws IOException, InterruptedException {
    Run node = run(List.of("node", "--version"), 30);
    assumeTrue(node != null && node.exit() == 0, "node is not installed: " + packages + " cannot be run");
    Files.createDirectories(directory);
    if (!packages.stream().allMatch(spec -> Files.isDirectory(directory.resolve("node_modules").resolve(name(spec))))) {
      List<String> install = new ArrayList<>(List.of("npm", "install", "--prefix", directory.toString(), "--no-audit",
          "--no-fund", "--no-save", "--no-package-lock"));
      install.addAll(packages);
      Run npm = run(install, NPM_SECONDS);
      assumeTrue(npm != null && npm.exit() == 0,
          "npm could not install " + packages + " (offline?): " + (npm == null ? "no npm" : npm.output()));
    }
  }

  private static String name(String spec) {
    return spec.substring(0, spec.lastIndexOf('@'));
  }

  private static void copy(Process process, Path output) {
    try (InputStream in = process.getInputStream()) {
      Files.copy(in, output, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException ended) {
      // the process was ended; what it wrote so far is enough
    }
  }
}
