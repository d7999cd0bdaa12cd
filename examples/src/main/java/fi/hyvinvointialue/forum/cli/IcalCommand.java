package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.adapters.ical.ICalendarAdapter;
import fi.hyvinvointialue.forum.adapters.json.Plan;
import fi.hyvinvointialue.forum.adapters.json.PlanFiles;
import fi.hyvinvointialue.forum.domain.port.DerivedEntry;
import fi.hyvinvointialue.forum.domain.port.ImmutableFeedSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code forum ical PLAN -o feed.ics}: the year as a calendar feed to subscribe to. */
@Command(name = "ical", mixinStandardHelpOptions = true,
    description = "Publishes a plan's events, with their deadlines as all-day entries, as an iCalendar feed.")
final class IcalCommand implements Callable<Integer> {
  private final Context context;

  @Parameters(paramLabel = "PLAN", description = "The plan file.")
  Path plan;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The .ics file to write.")
  Path output;

  @Option(names = "--lang", paramLabel = "fi|sv|en", defaultValue = "fi", description = "Language of the feed (default: ${DEFAULT-VALUE}).")
  Language language;

  @Option(names = "--uid-domain", paramLabel = "DOMAIN",
      description = "The domain event UIDs are made in, e.g. forum.hyvaks.fi (default: <county>.forum.invalid).")
  String uidDomain;

  @Option(names = "--organiser", paramLabel = "URI",
      description = "The organiser's address for ORGANIZER, e.g. mailto:foorumi@county.fi; publishing (RFC 5546) wants one.")
  URI organiser;

  IcalCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Plan read = new PlanFiles().read(plan);
    PlanFiles.writeAtomically(output, feed(read, language.locale(), uidDomain, organiser));
    context.out().println(output);
    return Forum.COMPLIANT;
  }

  static byte[] feed(Plan plan, Locale language, String uidDomain, URI organiser) {
    ImmutableFeedSettings.Builder settings = ImmutableFeedSettings.builder()
        .language(language)
        .uidDomain(uidDomain == null ? plan.year().countyId() + ".forum.invalid" : uidDomain)
        .addDerivedEntries(DerivedEntry.values());
    if (organiser != null) {
      settings.organiser(organiser);
    }
    return new ICalendarAdapter().publish(plan.year(), plan.profile(), settings.build());
  }
}
