package fi.hyvinvointialue.forum.examples;

import fi.hyvinvointialue.forum.adapters.jdbc.JdbcForumYears;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.ImmutablePublication;
import fi.hyvinvointialue.forum.domain.memory.InMemoryForumYears;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.port.ImmutableChange;
import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.PlanFiles;
import fi.hyvinvointialue.forum.rules.CheckResult;
import fi.hyvinvointialue.forum.rules.PolicyCheck;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The library in-process: read a plan, change it, check it, and store it in memory and over JDBC. */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  public static void main(String[] args) {
    run(Path.of(args.length > 0 ? args[0] : "examples/plans/keski-suomi-2026.yaml"), Instant.now()).forEach(System.out::println);
  }

  static List<String> run(Path planFile, Instant now) {
    List<String> lines = new ArrayList<>();
    Plan plan = new PlanFiles().read(planFile);
    // move the first forum's materials a day before its start: a change the policy refuses (TL-4.1)
    ForumYear year = plan.year();
    var first = year.events().get(0);
    ForumYear changed = ImmutableForumYear.copyOf(year).withEvents(year.events().stream()
        .map(event -> event == first ? ImmutableForumEvent.copyOf(event).withPublications(event.publications().stream()
            .map(publication -> ImmutablePublication.copyOf(publication)
                .withPublishedAt(event.start().minusDays(1))).toList()) : event).toList());
    for (ForumYear candidate : List.of(year, changed)) {
      CheckResult result = PolicyCheck.standard().check(candidate, plan.profile(), now);
      lines.add(result.verdict() + ": " + result.findings().stream().filter(f -> f.clauseId().startsWith("TL-4"))
          .map(f -> f.message(Locale.ENGLISH)).findFirst().orElse("no findings on TL-4"));
    }
    for (ForumYears store : List.of(new InMemoryForumYears(), JdbcForumYears.open(JdbcForumYears.inMemoryH2Url("example"), "", ""))) {
      store.save(year, 0, ImmutableChange.builder().actor("secretary@county.fi").at(now).summary("plan the year").build());
      lines.add(store.getClass().getSimpleName() + ": " + store.years(year.countyId()) + " version "
          + store.find(year.key()).orElseThrow().version());
    }
    return lines;
  }
}
