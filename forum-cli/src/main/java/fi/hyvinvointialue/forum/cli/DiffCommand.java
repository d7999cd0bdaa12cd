package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.domain.history.YearDiff;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code forum diff COUNTY YEAR A B}: what changed from one stored version of a year to another. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Shows what changed from stored version A of a year to version B: each record by its id, each field by its path.")
final class DiffCommand implements Callable<Integer> {
  /** A value in a diff is shown whole: it is what was asked for. */
  private static final int WHOLE = Integer.MAX_VALUE;

  private final Context context;

  @Mixin YearArguments stored;

  @Parameters(index = "2", paramLabel = "A", description = "The version before.")
  long from;

  @Parameters(index = "3", paramLabel = "B", description = "The version after.")
  long to;

  @Mixin StoreOptions store;

  DiffCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    YearDiff diff = new Archive(store.open()).diff(stored.key(), from, to);
    if (diff.isEmpty()) {
      context.out().println("no differences between version " + from + " and version " + to);
    }
    diff.differences().forEach(difference -> context.out().println(Archive.describe(difference, WHOLE)));
    return ExitCode.COMPLIANT.code();
  }
}
