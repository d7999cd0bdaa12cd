package fi.hyvinvointialue.forum.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code forum}: the service provider forum policy from the command line. */
@Command(
    name = "forum",
    mixinStandardHelpOptions = true,
    version = "forum-policy 0.1.0",
    description = "Checks, draws, publishes and stores service provider forum plans.",
    exitCodeListHeading = "%nExit codes (the worst of all files):%n",
    exitCodeList = {
      "0:compliant (warnings and notices allowed), or done",
      "1:a plan violates the policy, or no plan satisfies it",
      "2:bad input: a file, an option or a stored version that cannot be read",
      "3:conflict: the year was stored by someone else since the plan's base version (see export, --force)",
      "4:storage unavailable: the database cannot be reached or failed",
    },
    subcommands = {CheckCommand.class, PageCommand.Clock.class, PageCommand.Report.class, IcalCommand.class,
        PlanCommand.class, DueCommand.class, StoreCommand.class, ExportCommand.class, HistoryCommand.class,
        DiffCommand.class, RestoreCommand.class, DemoCommand.class, ServeCommand.class, MigrateCommand.class,
        TokenCommand.class, CommandLine.HelpCommand.class})
public final class Forum {
  private Forum() {}

  public static void main(String[] args) {
    // SLF4J finds no backend to load and initialise for the short commands; serve switches to a logging one
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", ServeCommand.NO_LOGGING);
      System.setProperty("slf4j.internal.verbosity", "WARN"); // else SLF4J says which backend it was told to load
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(Clock.systemUTC(), System.getenv(), out, err, args));
  }

  /**
   * Runs a command; {@code clock} is read once, as the default of {@code --now} and the time of any change
   * stored; {@code environment} holds the variables the storage options read.
   */
  static int run(Clock clock, Map<String, String> environment, PrintWriter out, PrintWriter err, String... args) {
    Context context = new Context(clock.instant().truncatedTo(ChronoUnit.SECONDS), out, err, environment);
    CommandLine commandLine = new CommandLine(new Forum(), new ContextFactory(context));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExitCodeExceptionMapper(error -> ExitCode.BAD_INPUT.code());
    commandLine.setParameterExceptionHandler((error, arguments) -> {
      err.println("forum: " + error.getMessage());
      error.getCommandLine().usage(err);
      return ExitCode.BAD_INPUT.code();
    });
    commandLine.setExecutionExceptionHandler((error, command, parsed) -> {
      err.println("forum: " + (error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage()));
      return ExitCode.of(error).code();
    });
    return commandLine.execute(args);
  }
}
