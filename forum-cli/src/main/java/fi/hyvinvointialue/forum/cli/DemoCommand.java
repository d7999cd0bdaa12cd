package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.adapters.jdbc.JdbcForumYears;
import fi.hyvinvointialue.forum.domain.CountyPublishing;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.PlanFiles;
import fi.hyvinvointialue.forum.json.PublishingFiles;
import fi.hyvinvointialue.forum.pages.CheckedYear;
import fi.hyvinvointialue.forum.pages.ClockSvg;
import fi.hyvinvointialue.forum.pages.Labels;
import fi.hyvinvointialue.forum.planning.PlanningResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code forum demo}: every bundled example checked, published and stored, into {@code ./out}. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Runs every command on the bundled example plans and decision calendar and writes the results into a directory.")
final class DemoCommand implements Callable<Integer> {
  /** The example plans bundled in the command, as under examples/plans. */
  static final List<String> EXAMPLES = List.of(
      "broken/KE-1-no-permanent-members.yaml",
      "broken/KE-2-no-procurement-dialogue.yaml",
      "broken/KE-3-playbook-without-real-costs.yaml",
      "broken/KE-4-agreement-not-written.yaml",
      "broken/KE-5-no-vitality-pledge.yaml",
      "broken/TL-1.3-profile-not-approved.yaml",
      "broken/TL-2.1-forums-two-weeks-apart.yaml",
      "broken/TL-2.1-no-elected-officials.yaml",
      "broken/TL-2.4-item-without-goals.yaml",
      "broken/TL-2.5-voucher-on-open-forum.yaml",
      "broken/TL-3.1-chaired-from-another-county.yaml",
      "broken/TL-3.1-convened-by-others.yaml",
      "broken/TL-3.2-item-outside-the-clock.yaml",
      "broken/TL-3.3-forum-too-close-to-its-decision.yaml",
      "broken/TL-3.3-rulebooks-taken-up-by-no-forum.yaml",
      "broken/TL-3.4-no-working-group.yaml",
      "broken/TL-3.6-group-term-not-council-term.yaml",
      "broken/TL-3.7-eligible-provider-turned-away.yaml",
      "broken/TL-4.1-materials-late.yaml",
      "broken/TL-4.10-memo-published-unreviewed.yaml",
      "broken/TL-4.2-too-few-forums.yaml",
      "broken/TL-4.3-not-in-the-newsletter.yaml",
      "broken/TL-4.5-no-remote-connection.yaml",
      "broken/TL-4.6-feedback-closes-early.yaml",
      "broken/TL-4.6-feedback-opens-the-next-morning.yaml",
      "broken/TL-4.7-recording-taken-down-early.yaml",
      "broken/TL-4.8-memo-never-drawn-up.yaml",
      "broken/TL-4.8-memo-not-to-the-regional-board.yaml",
      "broken/TL-4.8-memo-not-to-the-safety-board.yaml",
      "broken/TL-4.9-memo-silent-on-an-item.yaml",
      "broken/TL-5.1-no-social-media.yaml",
      "keski-suomi-2026.yaml",
      "pohjanmaa-2026.yaml");

  private static final String KESKI_SUOMI = "keski-suomi-2026.yaml";
  /** The decision calendar the demo plans the following year from. */
  private static final String NEXT_YEAR_DECISIONS = "decisions/keski-suomi-2027.ics";

  private final Context context;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out", description = "Where to write (default: ${DEFAULT-VALUE}).")
  Path output;

  /** Null unless given: then each plan speaks its county's language (see {@link #labelsFor}). */
  @Option(names = "--lang", paramLabel = "fi|sv|en",
      description = "Language of the results (default: Swedish for a county whose languages include Swedish, otherwise Finnish).")
  Language language;

  DemoCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PlanFiles files = new PlanFiles();
    Archive database = new Archive(JdbcForumYears.open(JdbcForumYears.embeddedH2Url(output.resolve("database")), "", ""));
    YearPlanner planner = new YearPlanner();
    Plan keskiSuomi = null;
    for (String example : EXAMPLES) {
      Plan plan = files.readYaml(example, bundled("plans/" + example));
      Labels labels = labelsFor(plan);
      keskiSuomi = example.equals(KESKI_SUOMI) ? plan : keskiSuomi;
      CheckedYear checked = CheckedYear.of(plan.year(), plan.profile(), context.now());
      String name = example.replace('/', '-').replaceAll("\\.yaml$", "");
      write(name + ".check.txt", new CheckTable(labels).render(example, checked));
      write(name + ".check.json", files.reportJson(example, plan, checked.report(), labels.language()));
      if (!example.startsWith("broken/")) {
        write(name + ".clock.svg", new ClockSvg(labels).render(checked));
        write(name + ".report.html", PageCommand.Report.page(labels, checked));
        OutputFiles.write(output.resolve(name + ".ics"), new Feeds(labels.language(), DemoCommand::publishing).feed(plan));
        context.out().println(output.resolve(name + ".ics"));
        // the demo's own database: each run stores over what the last one stored
        StoredYear stored = database.store(database.overStored(plan), example, "forum demo", context.now(), false);
        context.out().println(output.resolve("database") + ": " + stored.year().countyId() + "/" + stored.year().year()
            + " version " + stored.version());
      }
    }
    PlanningResult next = planner.plan(NEXT_YEAR_DECISIONS, bundled(NEXT_YEAR_DECISIONS), keskiSuomi.year().year() + 1,
        keskiSuomi.profile(), Optional.of(keskiSuomi.year()), Optional.empty(), new PlanSettings());
    Path planned = output.resolve("keski-suomi-" + (keskiSuomi.year().year() + 1) + ".plan.yaml");
    Locale language = labelsFor(keskiSuomi).language();
    Plan nextPlan = new Plan(next.plan().orElseThrow(() -> new IllegalStateException(next.explanation(language))).year(),
        keskiSuomi.profile());
    OutputFiles.write(planned, files.toText(nextPlan, planned));
    context.out().println(planned);
    return ExitCode.COMPLIANT.code();
  }

  /**
   * The language asked for, or else the one the plan's readers most likely want: a bilingual county's
   * Swedish-speaking providers get Swedish (issue 7 has the bilingual example reported in Swedish), the rest
   * Finnish, the policy's own language.
   */
  private Labels labelsFor(Plan plan) {
    Language chosen = language != null ? language
        : plan.profile().county().languages().stream().anyMatch(spoken -> "sv".equals(spoken.getLanguage()))
            ? Language.sv : Language.fi;
    return new Labels(chosen.locale());
  }

  private void write(String name, String text) {
    OutputFiles.write(output.resolve(name), text);
    context.out().println(output.resolve(name));
  }

  /** The county's example publishing settings, bundled as under examples/publishing, one file a county. */
  private static CountyPublishing publishing(String countyId) {
    String example = "publishing/" + countyId + ".yaml";
    return new PublishingFiles().readYaml(example, bundled(example)).of(countyId);
  }

  private static InputStream bundled(String example) {
    InputStream in = DemoCommand.class.getResourceAsStream(example);
    if (in == null) {
      throw new UncheckedIOException(new IOException("the example " + example + " is not bundled"));
    }
    return in;
  }
}
