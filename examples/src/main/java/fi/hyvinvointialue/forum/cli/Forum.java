package fi.hyvinvointialue.forum.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code forum}: the service provider forum policy from the command line. */
@Command(
    name = "forum",
    mixinStandardHelpOptions = true,
    version = "forum-policy 0.1.0",
    description = "Checks, draws, publishes and stores service provider forum plans.",
    subcommands = {CheckCommand.class, PageCommand.Clock.class, PageCommand.Report.class, IcalCommand.class,
        PlanCommand.class, StoreCommand.class, DemoCommand.class,
        CommandLine.HelpCommand.class})
public final class Forum {
  /** Exit code of a run whose plans comply (warnings and notices included). */
  static final int COMPLIANT = 0;
  /** Exit code of a run that found a violation. */
  static final int VIOLATIONS = 1;
  /** Exit code of a run given a bad file or bad options. */
  static final int BAD_INPUT = 2;

  private Forum() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(Clock.systemUTC(), out, err, args));
  }

  /** Runs a command; {@code clock} is read once, as the default of {@code --now}. */
  static int run(Clock clock, PrintWriter out, PrintWriter err, String... args) {
    Context context = new Context(clock.instant().truncatedTo(ChronoUnit.SECONDS), out, err);
    CommandLine commandLine = new CommandLine(new Forum(), new ContextFactory(context));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExitCodeExceptionMapper(error -> BAD_INPUT);
    commandLine.setParameterExceptionHandler((error, arguments) -> {
      err.println("forum: " + error.getMessage());
      error.getCommandLine().usage(err);
      return BAD_INPUT;
    });
    commandLine.setExecutionExceptionHandler((error, command, parsed) -> {
      err.println("forum: " + (error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage()));
      return BAD_INPUT;
    });
    return commandLine.execute(args);
  }
}
