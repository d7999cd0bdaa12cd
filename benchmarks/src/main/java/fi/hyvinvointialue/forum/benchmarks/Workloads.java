package fi.hyvinvointialue.forum.benchmarks;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableMemo;
import fi.hyvinvointialue.forum.domain.ImmutableMemoDelivery;
import fi.hyvinvointialue.forum.domain.ImmutableMemoItem;
import fi.hyvinvointialue.forum.domain.Memo;
import fi.hyvinvointialue.forum.domain.MemoDelivery;
import fi.hyvinvointialue.forum.domain.MemoItem;
import fi.hyvinvointialue.forum.domain.RecipientKind;
import fi.hyvinvointialue.forum.domain.profile.ImmutableCounty;
import fi.hyvinvointialue.forum.domain.profile.ImmutablePolicyProfile;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What the benchmarks measure: a county's busiest regular year, six open forums and a targeted
 * event, each with its whole record, under the profile with the partnership proposal adopted so
 * that every clause has something to check.
 */
final class Workloads {
  static final int YEAR = 2026;

  private Workloads() {}

  static PolicyProfile profile() {
    return KeskiSuomi.profileWithPartnership();
  }

  /** After the year's last record is due, so every deadline of the year is checked. */
  static Instant now(int year) {
    return HelsinkiTime.instant(LocalDate.of(year + 1, 1, 31).atStartOfDay());
  }

  /**
   * {@link SampleYears#keskiSuomiWithPartnership} with two more open forums, January and August, and
   * every item's memo line and presenter's copy, so that the year breaks no clause.
   */
  static ForumYear sixForumYear(int year) {
    ForumYear base = SampleYears.keskiSuomiWithPartnership(year);
    ImmutableList<ForumEvent> events =
        ImmutableList.<ForumEvent>builder()
            .add(SampleYears.openForum("foorumi-" + year + "-0", SampleYears.at(year, 1, 28),
                SampleYears.VOUCHERS, "saantokirja-paatos"))
            .addAll(base.events().stream().map(Workloads::withWholeMemo).iterator())
            .add(SampleYears.openForum("foorumi-" + year + "-5", SampleYears.at(year, 8, 19),
                SampleYears.BUDGET, "talousarvio-paatos"))
            .build();
    return ImmutableForumYear.copyOf(base)
        .withEvents(events)
        .withCommunicationPlan(
            SampleYears.communicationPlan(year, events.stream().map(ForumEvent::id).toArray(String[]::new)));
  }

  /** The memo of every agenda item, delivered to every presenter. */
  private static ForumEvent withWholeMemo(ForumEvent event) {
    if (event.memo().isEmpty()) {
      return event;
    }
    Memo memo = event.memo().get();
    List<MemoItem> items = new ArrayList<>(memo.items());
    List<MemoDelivery> deliveries = new ArrayList<>(memo.deliveries());
    for (AgendaItem item : event.agenda()) {
      if (items.stream().noneMatch(told -> told.agendaItemId().equals(item.id()))) {
        items.add(ImmutableMemoItem.builder().agendaItemId(item.id()).decisionHandling("Tiedoksi.").build());
      }
      item.presenter()
          .filter(presenter -> deliveries.stream().noneMatch(delivery -> delivery.recipient().equals(presenter.name())))
          .ifPresent(presenter -> deliveries.add(ImmutableMemoDelivery.builder().recipientKind(RecipientKind.PRESENTER)
              .recipient(presenter.name()).deliveredAt(memo.publishedAt().orElse(event.end())).build()));
    }
    return ImmutableForumEvent.copyOf(event).withMemo(ImmutableMemo.copyOf(memo).withItems(items).withDeliveries(deliveries));
  }

  /** A county's year and the county's own profile, as a check takes them. */
  record CountyYear(ForumYear year, PolicyProfile profile) {}

  /**
   * {@code count} county-years: the six-forum year for as many counties, each built afresh so that no
   * two share their events, as records read from storage would not, and each with its county's profile.
   */
  static ImmutableList<CountyYear> countyYears(int count) {
    return IntStream.range(0, count)
        .mapToObj(index -> {
          String countyId = index == 0 ? KeskiSuomi.COUNTY_ID : KeskiSuomi.COUNTY_ID + "-" + index;
          PolicyProfile profile = profile();
          return new CountyYear(
              ImmutableForumYear.copyOf(sixForumYear(YEAR)).withCountyId(countyId),
              ImmutablePolicyProfile.copyOf(profile).withId(countyId)
                  .withCounty(ImmutableCounty.copyOf(profile.county()).withId(countyId)));
        })
        .collect(ImmutableList.toImmutableList());
  }
}
