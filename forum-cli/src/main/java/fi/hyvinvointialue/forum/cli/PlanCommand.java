package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.domain.AnnualClock;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.RemoteConnection;
import fi.hyvinvointialue.forum.domain.Venue;
import fi.hyvinvointialue.forum.domain.port.CalendarFormatError;
import fi.hyvinvointialue.forum.domain.profile.BuiltInProfiles;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.PlanFiles;
import fi.hyvinvointialue.forum.pages.Labels;
import fi.hyvinvointialue.forum.planning.PlannedYear;
import fi.hyvinvointialue.forum.planning.PlanningResult;
import fi.hyvinvointialue.forum.rules.CheckResult;
import fi.hyvinvointialue.forum.rules.PolicyCheck;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code forum plan}: a year's forums planned from the decision calendar, written as a plan file. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "Plans a year's forums from a decision calendar (.ics) and writes the plan file. "
        + "Exit code 0: planned, 1: no plan satisfies the policy (the conflicts are listed), 2: bad input.")
final class PlanCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;

  @Mixin CommonOptions options;

  @Option(names = "--year", required = true, description = "The year to plan.")
  int year;

  @Option(names = "--decisions", paramLabel = "ICS", required = true, description = "The decision-making calendar (.ics).")
  Path decisions;

  @Option(names = "--profile", paramLabel = "NAME", defaultValue = "keski-suomi",
      description = "A built-in profile: keski-suomi or keski-suomi+KE (default: ${DEFAULT-VALUE}); ignored with --base.")
  String profile;

  @Option(names = "--base", paramLabel = "PLAN",
      description = "A plan whose profile, working group, communication partners and partnership records carry over.")
  Path base;

  @Option(names = "--from", paramLabel = "DATE",
      description = "Re-plan the year of --base (the year's own plan) from this day: its events held before it or announced "
          + "before it stay as they are, the rest of its forums are planned anew after the last kept one.")
  LocalDate replanFrom;

  @Mixin PlanSettings settings;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The plan file to write (.yaml or .json).")
  Path output;

  PlanCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Plan basePlan = base == null ? null : new PlanFiles().read(base);
    PolicyProfile chosen = basePlan != null ? basePlan.profile() : BuiltInProfiles.byReference(profile)
        .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown profile '" + profile + "': use keski-suomi or keski-suomi+KE"));
    if (replanFrom != null && (basePlan == null || basePlan.year().year() != year || replanFrom.getYear() != year)) {
      throw new ParameterException(spec.commandLine(), "--from " + replanFrom + " re-plans a year from its own plan: give --base "
          + "with the plan of " + year + " and a day of " + year);
    }
    PlanningResult result;
    try (InputStream in = Files.newInputStream(decisions)) {
      result = new YearPlanner().plan(decisions.toString(), in, year, chosen, Optional.ofNullable(basePlan).map(Plan::year),
          Optional.ofNullable(replanFrom), settings);
    } catch (CalendarFormatError unreadable) {
      context.err().println(unreadable.getMessage());
      return ExitCode.BAD_INPUT.code();
    } catch (IllegalArgumentException badSetting) {
      throw new ParameterException(spec.commandLine(), badSetting.getMessage(), badSetting);
    }
    if (!result.isFeasible()) {
      context.err().println(result.explanation(options.language.locale()));
      return ExitCode.VIOLATIONS.code();
    }
    PlannedYear planned = result.plan().orElseThrow();
    Plan plan = new Plan(planned.year(), chosen);
    OutputFiles.write(output, new PlanFiles().toText(plan, output));
    CheckResult check = PolicyCheck.standard().check(plan.year(), plan.profile(), options.now(context));
    Labels labels = options.labels();
    context.out().println(output + ": " + planned.forums().size() + " " + labels.get("plan.forums") + ", " + labels.of(check.verdict()));
    planned.forums().forEach(forum -> context.out().println(
        "  " + forum.schedule().day() + "  " + forum.forumId() + ": " + String.join(", ", forum.themeIds())));
    AnnualClock clock = planned.year().clock().orElseThrow();
    for (ClockTheme theme : clock.themes()) {
      if (theme.decisionIds().isEmpty()) {
        context.out().println("  " + labels.get("plan.feedsNothing", theme.id()));
      }
      theme.decisionIds().stream().map(id -> clock.decision(id).orElseThrow()).forEach(decision -> context.out().println(
          "  " + labels.get("plan.feeds", theme.id(), decision.id(), decision.title(), decision.bodyName(), decision.date().toString())));
    }
    planned.year().events().forEach(event -> placeholders(event, labels));
    return ExitCode.COMPLIANT.code();
  }

  /** The event's venue and remote link that are placeholders, to be confirmed before the plan is published. */
  private void placeholders(ForumEvent event, Labels labels) {
    List<String> unconfirmed = new ArrayList<>();
    event.venue().filter(Venue::placeholder).ifPresent(venue -> unconfirmed.add(labels.get("plan.venue") + " (" + venue.name() + ")"));
    event.remoteConnection().filter(RemoteConnection::placeholder)
        .ifPresent(remote -> unconfirmed.add(labels.get("plan.remoteConnection") + " (" + remote.uri() + ")"));
    if (!unconfirmed.isEmpty()) {
      context.out().println("  " + labels.get("plan.toBeConfirmed", event.id(), String.join(", ", unconfirmed)));
    }
  }
}
