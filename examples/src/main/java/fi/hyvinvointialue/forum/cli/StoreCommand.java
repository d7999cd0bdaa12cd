package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.adapters.json.Plan;
import fi.hyvinvointialue.forum.adapters.json.PlanFiles;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.port.ImmutableChange;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import java.nio.file.Path;
import java.time.Instant;
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
    ForumYears years = store.open();
    for (Path file : plans) {
      Plan plan = new PlanFiles().read(file);
      StoredYear stored = save(years, plan.year(), actor, context.now(), "stored from " + file.getFileName());
      context.out().println(file + ": " + stored.year().countyId() + "/" + stored.year().year() + " version " + stored.version());
    }
    return Forum.COMPLIANT;
  }

  /** Saves the year over whatever version is stored, as a change by {@code actor} at {@code now}. */
  static StoredYear save(ForumYears years, ForumYear year, String actor, Instant now, String summary) {
    long current = years.find(year.key()).map(StoredYear::version).orElse(0L);
    return years.save(year, current, ImmutableChange.builder().actor(actor).at(now).summary(summary).build());
  }
}
