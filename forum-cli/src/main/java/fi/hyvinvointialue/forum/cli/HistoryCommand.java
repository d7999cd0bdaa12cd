package fi.hyvinvointialue.forum.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code forum history COUNTY YEAR}: every stored version of the year, with who stored it, when and why. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = "Lists every stored version of a year, oldest first: its number, when, who and why.")
final class HistoryCommand implements Callable<Integer> {
  private final Context context;

  @Mixin YearArguments stored;

  @Mixin StoreOptions store;

  HistoryCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    new Archive(store.open()).history(stored.key()).forEach(change -> context.out().println(Archive.describe(change)));
    return ExitCode.COMPLIANT.code();
  }
}
