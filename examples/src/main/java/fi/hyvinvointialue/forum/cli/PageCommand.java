package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.adapters.json.PlanFiles;
import java.nio.charset.StandardCharsets;
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

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The file to write.")
  Path output;

  PageCommand(Context context) {
    this.context = context;
  }

  abstract String render(Labels labels, CheckedPlan checked);

  @Override
  public Integer call() {
    CheckedPlan checked = CheckedPlan.of(new PlanFiles().read(plan), options.now(context));
    PlanFiles.writeAtomically(output, render(options.labels(), checked).getBytes(StandardCharsets.UTF_8));
    context.out().println(output);
    return Forum.COMPLIANT;
  }

  @Command(name = "clock", mixinStandardHelpOptions = true,
      description = "Draws the plan's annual clock as SVG: months, forums, themes and the decisions they feed, windows, findings.")
  static final class Clock extends PageCommand {
    Clock(Context context) {
      super(context);
    }

    @Override
    String render(Labels labels, CheckedPlan checked) {
      return new ClockSvg(labels).render(checked.plan(), checked.result());
    }
  }

  @Command(name = "report", mixinStandardHelpOptions = true,
      description = "Writes the year as one self-contained HTML page: verdict, clock, findings with clause texts, events and deadlines.")
  static final class Report extends PageCommand {
    Report(Context context) {
      super(context);
    }

    @Override
    String render(Labels labels, CheckedPlan checked) {
      return new HtmlReport(labels).render(checked);
    }
  }
}
