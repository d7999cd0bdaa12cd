package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.PlanFileError;
import fi.hyvinvointialue.forum.json.PlanFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code forum store PLAN...}: saves each plan's year as the version after the one it is based on, with
 * who and when; a plan based on an older version is refused, naming what would be lost.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
    description = {"Saves plans to the database (embedded H2 under ~/.forum-policy, or --jdbc-url), each as a new version.",
        "A plan names the stored version it was edited from (baseVersion, written by forum export); one based on an older "
            + "version than the stored one is refused (exit code 3) with who stored what since, and a plan without one can only "
            + "create a year."})
final class StoreCommand implements Callable<Integer> {
  private final Context context;

  @Mixin StoreOptions store;

  @Mixin ActorOption actor;

  @Option(names = "--force", description = "Store over whatever is stored, whatever version the plan is based on; the history says so.")
  boolean force;

  @Parameters(paramLabel = "PLAN", arity = "1..*", description = "Plan files.")
  List<Path> plans;

  StoreCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Archive archive = new Archive(store.open());
    ExitCode exit = ExitCode.COMPLIANT;
    for (Path file : plans) {
      try {
        Plan plan = new PlanFiles().read(file);
        StoredYear stored = archive.store(plan, file.toString(), actor.actor, context.now(), force);
        context.out().println(file + ": " + Archive.describe(stored.year().key()) + " version " + stored.version());
      } catch (PlanFileError | StoreConflict refused) {
        context.err().println(refused.getMessage());
        exit = exit.worse(ExitCode.of(refused));
      }
    }
    return exit.code();
  }
}
