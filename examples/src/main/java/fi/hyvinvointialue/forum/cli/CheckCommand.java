package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.adapters.json.PlanFileError;
import fi.hyvinvointialue.forum.adapters.json.PlanFiles;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.rules.Verdict;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code forum check PLAN...}: every finding, grouped by clause; the exit code says the verdict. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Checks plan files against their policy profile. Exit code 0: compliant, 1: violations, 2: bad input.")
final class CheckCommand implements Callable<Integer> {
  enum Format { text, json }

  private final Context context;

  @Mixin CommonOptions options;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output as a readable table or as JSON (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--store", description = "Also save each plan read to the database (see forum store), whatever its verdict.")
  boolean storeToo;

  @Mixin StoreOptions store;

  @Parameters(paramLabel = "PLAN", arity = "1..*", description = "Plan files (.yaml, .yml or .json).")
  List<Path> plans;

  CheckCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PlanFiles files = new PlanFiles();
    Instant now = options.now(context);
    Labels labels = options.labels();
    List<String> json = new ArrayList<>();
    int exit = Forum.COMPLIANT;
    ForumYears years = storeToo ? store.open() : null;
    for (Path file : plans) {
      try {
        CheckedPlan checked = CheckedPlan.of(files.read(file), now);
        if (format == Format.json) {
          json.add(files.reportJson(file.toString(), checked.plan(), checked.report(), labels.language()));
        } else {
          context.out().print(new CheckTable(labels).render(file.toString(), checked));
        }
        if (years != null) {
          StoredYear stored = StoreCommand.save(years, checked.plan().year(), System.getProperty("user.name"), now,
              "checked and stored from " + file.getFileName());
          context.err().println(file + ": " + labels.get("stored", stored.version()));
        }
        if (checked.result().verdict() == Verdict.NOT_COMPLIANT && exit == Forum.COMPLIANT) {
          exit = Forum.VIOLATIONS;
        }
      } catch (PlanFileError error) {
        if (format == Format.json) {
          json.add(files.errorJson(error));
        }
        context.err().println(error.getMessage());
        exit = Forum.BAD_INPUT;
      }
    }
    if (format == Format.json) {
      context.out().println("[" + String.join(",\n", json) + "]");
    }
    context.out().flush();
    return exit;
  }
}
