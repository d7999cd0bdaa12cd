package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.PlanFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code forum store PLAN...}: saves each plan's year as a new version, with who and when. */
@Command(name = "store", mixinStandardHelpOptions = true,
    description = "Saves plans to the database (embedded H2 under ~/.forum-policy, or --jdbc-url), each as a new version.")
final class StoreCommand implements Callable<Integer> {
  private final Context context;

  @Mixin StoreOptions store;

  @Option(names = "--actor", paramLabel = "WHO", defaultValue = "${sys:user.name}",
      description = "Who makes the change, for the audit trail (default: the user's name).")
  String actor;

  @Parameters(paramLabel = "PLAN", arity = "1..*", description = "Plan files.")
  List<Path> plans;

  StoreCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Archive archive = new Archive(store.open());
    for (Path file : plans) {
      Plan plan = new PlanFiles().read(file);
      StoredYear stored = archive.save(plan, actor, context.now(), "stored from " + file.getFileName());
      context.out().println(file + ": " + stored.year().countyId() + "/" + stored.year().year() + " version " + stored.version());
    }
    return ExitCode.COMPLIANT.code();
  }
}
