package fi.hyvinvointialue.forum.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.domain.profile.Deadline;
import fi.hyvinvointialue.forum.domain.profile.PolicyCalendar;
import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.PlanFiles;
import fi.hyvinvointialue.forum.pages.Labels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forum due}: the secretary's to-do list, every coming and overdue deadline of the year not yet done. */
@Command(name = "due", mixinStandardHelpOptions = true,
    description = "Lists every coming and overdue deadline of a year (from a plan file, or COUNTY YEAR from the database) "
        + "that the record does not show done, with days left: as text, JSON, or a to-do calendar (.ics) of all-day entries.")
final class DueCommand implements Callable<Integer> {
  enum Format { text, json, ics }

  private final Context context;

  @Spec CommandSpec spec;

  @Mixin CommonOptions options;

  @Mixin StoreOptions store;

  /** Only for {@code --format ics}: the to-do calendar names its county as organiser too. */
  @Mixin PublishingOption publishing;

  @Parameters(arity = "1..2", paramLabel = "PLAN | COUNTY YEAR", description = "A plan file, or a county and year stored in the database.")
  List<String> source;

  @Option(names = "--within", paramLabel = "DAYS", description = "Only what is overdue or due within this many days.")
  Integer within;

  @Option(names = "--format", paramLabel = "text|json|ics", defaultValue = "text", description = "Output (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to a file instead of the standard output.")
  Path output;

  DueCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (within != null && within < 0) {
      throw new ParameterException(spec.commandLine(), "--within must not be negative, was " + within);
    }
    Plan plan = read();
    Instant now = options.now(context);
    LocalDate today = HelsinkiTime.date(now);
    PolicyCalendar calendar = PolicyCalendar.of(plan.profile());
    List<Deadline> due = new ArrayList<>();
    for (ForumEvent event : plan.year().events()) {
      for (Deadline deadline : calendar.deadlines(event, HelsinkiTime.wallTime(now))) {
        if (!deadline.done() && (within == null || deadline.daysLeft(today) <= within)) {
          due.add(deadline);
        }
      }
    }
    due.sort(Comparator.comparing(Deadline::due).thenComparing(Deadline::eventId).thenComparing(Deadline::kind));
    Labels labels = options.labels();
    String text = switch (format) {
      case text -> text(plan, due, today, labels);
      case json -> json(due, today, labels);
      case ics -> new String(new Feeds(labels.language(), publishing::of).deadlines(plan, now), StandardCharsets.UTF_8);
    };
    OutputFiles.write(output == null ? Path.of(OutputFiles.STANDARD_OUTPUT) : output, text, context.out());
    if (output != null && !OutputFiles.isStandardOutput(output)) {
      context.out().println(output);
    }
    return ExitCode.COMPLIANT.code();
  }

  private Plan read() {
    if (source.size() == 1) {
      return new PlanFiles().read(Path.of(source.get(0)));
    }
    int year;
    try {
      year = Integer.parseInt(source.get(1));
    } catch (NumberFormatException notAYear) {
      throw new ParameterException(spec.commandLine(), "YEAR must be a year such as 2026, was '" + source.get(1) + "'");
    }
    StoredYear stored = store.open().find(YearKey.of(source.get(0), year))
        .orElseThrow(() -> new ParameterException(spec.commandLine(), "nothing is stored for " + source.get(0) + "/" + year));
    return new Plan(stored.year(), stored.profile());
  }

  private static String text(Plan plan, List<Deadline> due, LocalDate today, Labels labels) {
    StringBuilder text = new StringBuilder();
    text.append(plan.profile().county().name().in(labels.language())).append(' ').append(plan.year().year()).append(" · ")
        .append(labels.get("due.title")).append(" · ").append(today).append('\n');
    if (due.isEmpty()) {
      text.append("  ").append(labels.get("due.none")).append('\n');
    }
    for (Deadline deadline : due) {
      text.append("  ").append(deadline.due()).append("  ").append(String.format("%-16s", left(deadline, today, labels)))
          .append(' ').append(deadline.eventId()).append("  ").append(title(deadline, labels)).append('\n');
    }
    return text.toString();
  }

  private static String json(List<Deadline> due, LocalDate today, Labels labels) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ArrayNode list = mapper.createArrayNode();
    for (Deadline deadline : due) {
      ObjectNode item = list.addObject()
          .put("eventId", deadline.eventId())
          .put("kind", deadline.kind().name())
          .put("due", deadline.due().toString())
          .put("daysLeft", deadline.daysLeft(today))
          .put("title", title(deadline, labels));
      deadline.about().ifPresent(about -> item.put("about", about));
    }
    return list.toPrettyString() + "\n";
  }

  private static String left(Deadline deadline, LocalDate today, Labels labels) {
    long days = deadline.daysLeft(today);
    return days < 0 ? labels.get("due.overdue", -days) : days == 0 ? labels.get("due.today") : labels.get("due.left", days);
  }

  /** The deadline's name in the language, with what it is about: a material or channel by name, a recipient as named. */
  private static String title(Deadline deadline, Labels labels) {
    String name = deadline.kind().title().in(labels.language());
    return deadline.material().<String>map(labels::of).or(() -> deadline.channel().map(labels::of)).or(deadline::about)
        .map(about -> name + " (" + about + ")").orElse(name);
  }
}
