package fi.hyvinvointialue.forum.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code forum migrate}: brings the database's schema up to date, as its own step before {@code serve --no-migrate}. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
    description = "Brings the database schema up to date (embedded H2 under ~/.forum-policy, or --jdbc-url); serve --no-migrate then needs no right to change it.")
final class MigrateCommand implements Callable<Integer> {
  private final Context context;

  @Mixin StoreOptions store;

  MigrateCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    store.open();
    context.out().println("forum: the database schema is up to date");
    return ExitCode.COMPLIANT.code();
  }
}
