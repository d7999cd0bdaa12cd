package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.PlanFiles;
import fi.hyvinvointialue.forum.pages.CheckedYear;
import fi.hyvinvointialue.forum.pages.ClockSvg;
import fi.hyvinvointialue.forum.pages.HtmlReport;
import fi.hyvinvointialue.forum.pages.Labels;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A plan checked and drawn into one file: the clock as SVG, or the whole report as HTML. */
abstract class PageCommand implements Callable<Integer> {
  private final Context context;

  @Mixin CommonOptions options;

  @Parameters(paramLabel = "PLAN", description = "The plan file.")
  Path plan;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The file to write, or - for the standard output.")
  Path output;

  PageCommand(Context context) {
    this.context = context;
  }

  abstract String render(Labels labels, CheckedYear checked);

  @Override
  public Integer call() {
    Plan read = new PlanFiles().read(plan);
    OutputFiles.write(output, render(options.labels(), CheckedYear.of(read.year(), read.profile(), options.now(context))), context.out());
    if (!OutputFiles.isStandardOutput(output)) {
      context.out().println(output);
    }
    return ExitCode.COMPLIANT.code();
  }

  @Command(name = "clock", mixinStandardHelpOptions = true,
      description = "Draws the plan's annual clock as SVG: months, forums, themes and the decisions they feed, windows, findings.")
  static final class Clock extends PageCommand {
    Clock(Context context) {
      super(context);
    }

    @Override
    String render(Labels labels, CheckedYear checked) {
      return new ClockSvg(labels).render(checked);
    }
  }

  @Command(name = "report", mixinStandardHelpOptions = true,
      description = "Writes the year as one self-contained HTML page: verdict, clock, findings with clause texts, events and deadlines.")
  static final class Report extends PageCommand {
    Report(Context context) {
      super(context);
    }

    @Override
    String render(Labels labels, CheckedYear checked) {
      return new HtmlReport(labels).render(checked);
    }
  }
}
