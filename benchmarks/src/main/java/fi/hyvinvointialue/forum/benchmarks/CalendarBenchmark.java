package fi.hyvinvointialue.forum.benchmarks;

import fi.hyvinvointialue.forum.adapters.ical.ICalendarAdapter;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.port.DerivedEntry;
import fi.hyvinvointialue.forum.domain.ImmutableCountyPublishing;
import fi.hyvinvointialue.forum.domain.port.FeedSettings;
import fi.hyvinvointialue.forum.domain.port.ImmutableFeedSettings;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Publishing a feed with {@link ICalendarAdapter} against {@link PlainFeedWriter} writing the same
 * text, and parsing it back with ical4j (the adapter's library) against {@link PlainFeedReader}.
 * The feeds: the six-forum year with every derived entry ({@code events=year}), and years of 1,000
 * and 10,000 open forums without derived entries, whose cost must grow linearly.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class CalendarBenchmark {
  static final String YEAR_FEED = "year";

  @Param({YEAR_FEED, "1000", "10000"})
  public String events;

  ForumYear year;
  PolicyProfile profile;
  FeedSettings settings;
  ICalendarAdapter adapter;
  byte[] feed;

  @Setup
  public void setUp() {
    // ical4j would otherwise look for newer time zone definitions on the network
    System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
    profile = Workloads.profile();
    ImmutableFeedSettings.Builder feedSettings = ImmutableFeedSettings.builder()
        .publishing(ImmutableCountyPublishing.builder().countyId(profile.county().id())
            .organiserName(profile.county().name().fi()).organiserEmail("palveluntuottajafoorumi@hyvaks.fi")
            .build())
        .forumPage(URI.create("https://www.hyvaks.fi/palveluntuottajafoorumi"));
    if (events.equals(YEAR_FEED)) {
      year = Workloads.sixForumYear(Workloads.YEAR);
      feedSettings.addDerivedEntries(DerivedEntry.values());
    } else {
      year = forums(Integer.parseInt(events));
    }
    settings = feedSettings.build();
    adapter = new ICalendarAdapter();
    feed = adapter.publish(year, profile, settings);
  }

  /** A year of {@code count} open forums with their whole records, spread over the year's days. */
  static ForumYear forums(int count) {
    List<String> themes = List.of(SampleYears.STRATEGY, SampleYears.WELFARE, SampleYears.BUDGET, SampleYears.PROCUREMENT);
    List<String> decisions = List.of("strategia-paatos", "hyvinvointi-paatos", "talousarvio-paatos", "hankinta-paatos");
    LocalDate first = LocalDate.of(Workloads.YEAR, 1, 1);
    List<ForumEvent> forums = IntStream.range(0, count)
        .mapToObj(index -> SampleYears.openForum("foorumi-" + index,
            first.plusDays(index * 365L / count).atTime(8 + index % 10, 0), themes.get(index % 4), decisions.get(index % 4)))
        .toList();
    return ImmutableForumYear.copyOf(SampleYears.keskiSuomi(Workloads.YEAR))
        .withEvents(forums)
        .withCommunicationPlan(SampleYears.communicationPlan(Workloads.YEAR));
  }

  @Benchmark
  public byte[] publish() {
    return adapter.publish(year, profile, settings);
  }

  @Benchmark
  public byte[] plainWrite() {
    return PlainFeedWriter.write(year, profile, settings);
  }

  @Benchmark
  public int parse() throws IOException, ParserException {
    Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(feed));
    return calendar.getComponents(VEvent.VEVENT).size();
  }

  @Benchmark
  public int plainParse() {
    return PlainFeedReader.read(feed).size();
  }
}
