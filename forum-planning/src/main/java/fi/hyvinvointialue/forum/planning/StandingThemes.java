package fi.hyvinvointialue.forum.planning;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import fi.hyvinvointialue.forum.domain.BodyKind;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.DecisionKind;
import fi.hyvinvointialue.forum.domain.ImmutableClockTheme;
import fi.hyvinvointialue.forum.domain.StrategicGoal;
import fi.hyvinvointialue.forum.domain.ThemeKind;
import fi.hyvinvointialue.forum.domain.TopicKind;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The standing themes of TL-3.3 (and KE-2's procurement dialogue) as the planner places them: their
 * ids and titles on the clock, the decisions of the calendar each feeds, the topic and the
 * strategic goals (TL-2.4) of the agenda items that prepare them.
 */
public enum StandingThemes {
  BUDGET(ThemeKind.BUDGET, "talousarvio", "Talousarvio ja taloussuunnitelma", TopicKind.GENERAL,
      EnumSet.of(DecisionKind.BUDGET), StrategicGoal.QUALITY_AND_COST_EFFECTIVENESS, StrategicGoal.DEVELOPMENT_AND_RENEWAL),
  PROCUREMENT_PLAN(ThemeKind.PROCUREMENT_PLAN, "hankintasuunnitelma", "Hankintasuunnitelma", TopicKind.PROCUREMENT_PLANNING,
      EnumSet.of(DecisionKind.PROCUREMENT_PLAN), StrategicGoal.QUALITY_AND_COST_EFFECTIVENESS, StrategicGoal.DEVELOPMENT_AND_RENEWAL),
  VOUCHER_RULEBOOK_GENERAL_PART(ThemeKind.VOUCHER_RULEBOOK_GENERAL_PART, "palvelusetelit",
      "Palvelusetelien sääntökirjojen yleinen osa", TopicKind.VOUCHER_RULEBOOK_GENERAL_PART,
      EnumSet.of(DecisionKind.VOUCHER_RULEBOOK), StrategicGoal.QUALITY_AND_COST_EFFECTIVENESS),
  STRATEGY_AND_FUTURE(ThemeKind.STRATEGY_AND_FUTURE, "strategia", "Strategia ja tulevaisuustyö", TopicKind.GENERAL,
      EnumSet.of(DecisionKind.STRATEGY), StrategicGoal.values()),
  WELFARE_REPORT_AND_PLAN(ThemeKind.WELFARE_REPORT_AND_PLAN, "hyvinvointikertomus",
      "Hyvinvointikertomus ja -suunnitelma ja niiden seuranta", TopicKind.GENERAL,
      EnumSet.of(DecisionKind.WELFARE_REPORT, DecisionKind.WELFARE_PLAN), StrategicGoal.WELLBEING_HEALTH_AND_SAFETY),
  /** KE-2 holds the dialogue before the procurement plan is decided at all: it feeds the year's first such decision. */
  PROCUREMENT_STRATEGY_DIALOGUE(ThemeKind.PROCUREMENT_STRATEGY_DIALOGUE, "hankintadialogi",
      "Hankintojen suunnittelu ja strateginen suunta", TopicKind.PROCUREMENT_PLANNING,
      EnumSet.of(DecisionKind.PROCUREMENT_PLAN), StrategicGoal.DEVELOPMENT_AND_RENEWAL, StrategicGoal.QUALITY_AND_COST_EFFECTIVENESS) {
    @Override
    Optional<Decision> fed(Stream<Decision> ofItsKind) {
      return ofItsKind.min(Comparator.comparing(Decision::date).thenComparing(Decision::id));
    }
  },
  OTHER(ThemeKind.OTHER, "muu-teema", "Ajankohtaista palveluntuottajille", TopicKind.GENERAL,
      EnumSet.noneOf(DecisionKind.class), StrategicGoal.DEVELOPMENT_AND_RENEWAL);

  /** The council's decisions over the others', later over earlier; the greatest is the decisive one. */
  private static final Comparator<Decision> DECISIVE = Comparator.comparing((Decision decision) -> decision.body() == BodyKind.COUNCIL)
      .thenComparing(Decision::date).thenComparing(Decision::id, Comparator.reverseOrder());

  private final ThemeKind kind;
  private final String id;
  private final String title;
  private final TopicKind topic;
  private final Set<DecisionKind> feeds;
  private final ImmutableSet<StrategicGoal> goals;

  StandingThemes(ThemeKind kind, String id, String title, TopicKind topic, Set<DecisionKind> feeds, StrategicGoal... goals) {
    this.kind = kind;
    this.id = id;
    this.title = title;
    this.topic = topic;
    this.feeds = feeds;
    this.goals = ImmutableSet.copyOf(goals);
  }

  public static StandingThemes of(ThemeKind kind) {
    return Arrays.stream(values()).filter(theme -> theme.kind == kind).findFirst().orElseThrow();
  }

  /**
   * The profile's standing themes (with KE-2's procurement dialogue where the profile adopts it),
   * in the order of {@link ThemeKind}, each feeding the decisive decision of its kind dated in the
   * year ({@link #feeding}). A theme with no such decision is still placed: TL-3.3 wants the clock
   * to cover it.
   */
  public static ImmutableList<ClockTheme> forDecisions(PolicyProfile profile, ImmutableList<Decision> decisions, int year) {
    EnumSet<ThemeKind> kinds = EnumSet.noneOf(ThemeKind.class);
    kinds.addAll(profile.standingThemes());
    if (profile.adopts("KE-2")) {
      kinds.add(ThemeKind.PROCUREMENT_STRATEGY_DIALOGUE);
    }
    return kinds.stream().map(StandingThemes::of).map(theme -> theme.feeding(decisions, year))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * This theme on the clock, feeding the decisive one of the year's decisions of its kind (but see
   * {@link #PROCUREMENT_STRATEGY_DIALOGUE}): the
   * council's (aluevaltuusto) if it decides one, else the latest. Earlier items of the kind (a
   * January budget amendment, say) prepare the decisive one, and tying the theme to them would pull
   * its forum months ahead of the decision that matters.
   */
  public ClockTheme feeding(ImmutableList<Decision> decisions, int year) {
    Optional<Decision> fed = fed(decisions.stream()
        .filter(decision -> decision.date().getYear() == year && feeds.contains(decision.kind())));
    return ImmutableClockTheme.builder().id(id).title(title).kind(kind)
        .addAllDecisionIds(fed.map(Decision::id).stream().collect(ImmutableList.toImmutableList())).build();
  }

  /** Which of the year's decisions of its kind the theme feeds: the decisive one. */
  Optional<Decision> fed(Stream<Decision> ofItsKind) {
    return ofItsKind.max(DECISIVE);
  }

  /** The topic of the agenda items preparing the theme: never one TL-2.5 sends to a targeted event. */
  public TopicKind topic() {
    return topic;
  }

  public ImmutableSet<StrategicGoal> goals() {
    return goals;
  }
}
