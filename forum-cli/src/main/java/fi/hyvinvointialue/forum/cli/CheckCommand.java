package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.domain.port.StorageFailure;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.PlanFileError;
import fi.hyvinvointialue.forum.json.PlanFiles;
import fi.hyvinvointialue.forum.pages.CheckedYear;
import fi.hyvinvointialue.forum.pages.Labels;
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
    description = "Checks plan files against their policy profile. Exit code 0: compliant, 1: violations, 2: bad input; "
        + "with --store also 3: a conflict, 4: storage unavailable (the verdict is printed first).")
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

  @Mixin ActorOption actor;

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
    ExitCode exit = ExitCode.COMPLIANT;
    Archive archive = null;
    boolean storing = storeToo;
    for (Path file : plans) {
      try {
        Plan plan = files.read(file);
        CheckedYear checked = CheckedYear.of(plan.year(), plan.profile(), now);
        if (format == Format.json) {
          json.add(files.reportJson(file.toString(), plan, checked.report(), labels.language()));
        } else {
          context.out().print(new CheckTable(labels).render(file.toString(), checked));
        }
        if (checked.result().verdict() == Verdict.NOT_COMPLIANT) {
          exit = exit.worse(ExitCode.VIOLATIONS);
        }
        if (storing) {
          // opened after the first verdict is printed, so a database that is down costs no verdict
          context.out().flush();
          archive = archive != null ? archive : new Archive(store.open());
          StoredYear stored = archive.store(plan, file.toString(), actor.actor, context.now(), false);
          context.err().println(file + ": " + labels.get("stored", stored.version()));
        }
      } catch (StorageFailure unavailable) {
        context.err().println("forum: " + unavailable.getMessage() + "; nothing more is stored");
        exit = exit.worse(ExitCode.STORAGE_UNAVAILABLE);
        storing = false;
      } catch (StoreConflict conflict) {
        context.err().println(conflict.getMessage());
        exit = exit.worse(ExitCode.CONFLICT);
      } catch (PlanFileError error) {
        if (format == Format.json) {
          json.add(files.errorJson(error));
        }
        context.err().println(error.getMessage());
        exit = exit.worse(ExitCode.BAD_INPUT);
      }
    }
    if (format == Format.json) {
      context.out().println("[" + String.join(",\n", json) + "]");
    }
    context.out().flush();
    return exit.code();
  }
}
