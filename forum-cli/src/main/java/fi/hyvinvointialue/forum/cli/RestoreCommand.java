package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.domain.port.StoredYear;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code forum restore COUNTY YEAR N}: version N stored again as the newest; the history says it was restored. */
@Command(name = "restore", mixinStandardHelpOptions = true,
    description = "Stores version N of a year again, as a new version equal to it; nothing is deleted, the history says it was restored.")
final class RestoreCommand implements Callable<Integer> {
  private final Context context;

  @Mixin YearArguments stored;

  @Parameters(index = "2", paramLabel = "N", description = "The version to restore.")
  long version;

  @Mixin StoreOptions store;

  @Mixin ActorOption actor;

  RestoreCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    StoredYear restored = new Archive(store.open()).restore(stored.key(), version, actor.actor, context.now());
    context.out().println(Archive.describe(stored.key()) + " version " + restored.version() + " (restored from version " + version + ")");
    return ExitCode.COMPLIANT.code();
  }
}
