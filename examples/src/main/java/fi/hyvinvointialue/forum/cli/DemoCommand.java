package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.adapters.jdbc.JdbcForumYears;
import fi.hyvinvointialue.forum.adapters.json.Plan;
import fi.hyvinvointialue.forum.adapters.json.PlanFiles;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.rules.CheckResult;
import fi.hyvinvointialue.forum.rules.PolicyCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code forum demo}: every bundled example checked, published and stored, into {@code ./out}. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Runs every command on the bundled example plans and writes the results into a directory.")
final class DemoCommand implements Callable<Integer> {
  /** The example plans bundled in the command, as under examples/plans. */
  static final List<String> EXAMPLES = List.of("keski-suomi-2026.yaml", "broken/TL-4.1-materials-late.yaml");

  private final Context context;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out", description = "Where to write (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--lang", paramLabel = "fi|sv|en", defaultValue = "fi", description = "Language of the results (default: ${DEFAULT-VALUE}).")
  Language language;

  DemoCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PlanFiles files = new PlanFiles();
    JdbcForumYears database = JdbcForumYears.open(JdbcForumYears.embeddedH2Url(output.resolve("database")), "", "");
    Labels labels = new Labels(language.locale());
    for (String example : EXAMPLES) {
      Plan plan = files.readYaml(example, bundled(example));
      CheckResult result = PolicyCheck.standard().check(plan.year(), plan.profile(), context.now());
      String name = example.replace('/', '-').replaceAll("\\.yaml$", "");
      write(name + ".check.txt", new CheckTable(labels).render(example, plan, context.now(), result));
      write(name + ".check.json", files.reportJson(example, plan, context.now(), result, labels.language()));
      write(name + ".clock.svg", new ClockSvg(labels).render(plan, result));
      write(name + ".report.html", new HtmlReport(labels).render(plan, context.now(), result));
      if (!example.startsWith("broken/")) {
        Output.write(output.resolve(name + ".ics"), IcalCommand.feed(plan, labels.language(), null));
        context.out().println(output.resolve(name + ".ics"));
        StoredYear stored = StoreCommand.save(database, plan.year(), "forum demo", context.now(), "demo of " + example);
        context.out().println(output.resolve("database") + ": " + stored.year().countyId() + "/" + stored.year().year()
            + " version " + stored.version());
      }
    }
    return Forum.COMPLIANT;
  }

  private void write(String name, String text) {
    Output.write(output.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    context.out().println(output.resolve(name));
  }

  private static InputStream bundled(String example) {
    InputStream in = DemoCommand.class.getResourceAsStream("plans/" + example);
    if (in == null) {
      throw new UncheckedIOException(new IOException("the example " + example + " is not bundled"));
    }
    return in;
  }
}
