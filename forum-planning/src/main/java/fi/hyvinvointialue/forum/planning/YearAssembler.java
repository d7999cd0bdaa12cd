package fi.hyvinvointialue.forum.planning;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.Announcement;
import fi.hyvinvointialue.forum.domain.AnnualClock;
import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.CommunicationPlan;
import fi.hyvinvointialue.forum.domain.CouncilTerm;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.DecisionPath;
import fi.hyvinvointialue.forum.domain.EventKind;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableAgendaItem;
import fi.hyvinvointialue.forum.domain.ImmutableAnnouncement;
import fi.hyvinvointialue.forum.domain.ImmutableAnnualClock;
import fi.hyvinvointialue.forum.domain.ImmutableClockTheme;
import fi.hyvinvointialue.forum.domain.ImmutableCommunicationEntry;
import fi.hyvinvointialue.forum.domain.ImmutableCommunicationPlan;
import fi.hyvinvointialue.forum.domain.ImmutableDecisionPath;
import fi.hyvinvointialue.forum.domain.ImmutableFeedbackWindow;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableMemo;
import fi.hyvinvointialue.forum.domain.ImmutableMemoDelivery;
import fi.hyvinvointialue.forum.domain.ImmutableMemoItem;
import fi.hyvinvointialue.forum.domain.ImmutablePublication;
import fi.hyvinvointialue.forum.domain.ImmutableRecording;
import fi.hyvinvointialue.forum.domain.ImmutableWorkingGroup;
import fi.hyvinvointialue.forum.domain.ImmutableWorkingGroupMember;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.MemberRole;
import fi.hyvinvointialue.forum.domain.Memo;
import fi.hyvinvointialue.forum.domain.Organisation;
import fi.hyvinvointialue.forum.domain.OrganisationKind;
import fi.hyvinvointialue.forum.domain.RecipientKind;
import fi.hyvinvointialue.forum.domain.ThemeKind;
import fi.hyvinvointialue.forum.domain.WorkingGroup;
import fi.hyvinvointialue.forum.domain.profile.PartnerRequirement;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Builds the planned {@link ForumYear} around the picked forum days: places the themes, fills in
 * every event's publications, announcements, feedback window, recording and memo from its
 * schedule, and carries over (or sketches) the year's standing records.
 */
final class YearAssembler {
  private static final String FOLLOW_UP_THEME = "seuranta";

  private final PlanningRequest request;
  private final PolicyProfile profile;
  private final Scheduler scheduler;
  private final ImmutableMap<String, Decision> decisions;
  private final ImmutableList<String> boards;
  private final Optional<ForumYear> base;
  private final KeptEvents kept;
  /** The themes to place on the planned forums. */
  private final ImmutableList<ClockTheme> themes;

  YearAssembler(PlanningRequest request, Scheduler scheduler, ImmutableMap<String, Decision> decisions,
      ImmutableList<String> boards, KeptEvents kept, ImmutableList<ClockTheme> themes) {
    this.request = request;
    this.profile = request.profile();
    this.scheduler = scheduler;
    this.decisions = decisions;
    this.boards = boards;
    this.base = request.base();
    this.kept = kept;
    this.themes = themes;
  }

  /** The decisions the clock shows: the year's, and any other a theme feeds, by date. */
  static ImmutableList<Decision> clockDecisions(PlanningRequest request) {
    return request.decisions().stream()
        .filter(decision -> decision.date().getYear() == request.year()
            || request.themes().stream().anyMatch(theme -> theme.decisionIds().contains(decision.id())))
        .sorted(Comparator.comparing(Decision::date).thenComparing(Decision::id))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * @param latestForumDays for each theme that feeds a decision, the last forum day that reaches it in time
   */
  PlannedYear assemble(ImmutableList<LocalDate> days, ImmutableMap<String, LocalDate> latestForumDays) {
    List<List<ClockTheme>> agendas = placeThemes(days, latestForumDays);
    Optional<ClockTheme> followUp = agendas.stream().anyMatch(List::isEmpty) ? Optional.of(followUpTheme()) : Optional.empty();
    followUp.ifPresent(theme -> agendas.stream().filter(List::isEmpty).forEach(agenda -> agenda.add(theme)));

    List<ForumEvent> events = new ArrayList<>(kept.events());
    ImmutableList.Builder<PlannedForum> forums = ImmutableList.builder();
    int keptForums = kept.forums().size();
    for (int i = 0, number = keptForums + 1; i < days.size(); i++, number++) {
      while (eventIdTaken("foorumi-" + request.year() + "-" + number)) {
        number++;
      }
      String id = "foorumi-" + request.year() + "-" + number;
      ForumSchedule schedule = scheduler.on(days.get(i));
      events.add(event(id, keptForums + i, schedule, agendas.get(i)));
      forums.add(ImmutablePlannedForum.builder()
          .forumId(id)
          .schedule(schedule)
          .addAllThemeIds(agendas.get(i).stream().map(ClockTheme::id).collect(ImmutableList.toImmutableList()))
          .addAllDeadlines(agendas.get(i).stream().flatMap(theme -> deadlines(theme, schedule)).collect(ImmutableList.toImmutableList()))
          .build());
    }
    ImmutableList<ForumEvent> planned =
        events.stream().sorted(Comparator.comparing(ForumEvent::start)).collect(ImmutableList.toImmutableList());
    ImmutableList<PlannedForum> explained = forums.build();
    Set<String> requestThemeIds = request.themes().stream().map(ClockTheme::id).collect(Collectors.toSet());
    ImmutableList<Decision> clockDecisions = clockDecisions(request);
    AnnualClock clock = ImmutableAnnualClock.builder()
        .year(request.year())
        .addAllThemes(request.themes())
        .addAllThemes(kept.carriedThemes(requestThemeIds))
        .addAllThemes(followUp.stream().collect(ImmutableList.toImmutableList()))
        .addAllDecisions(clockDecisions)
        .addAllDecisions(kept.carriedDecisions(requestThemeIds,
            clockDecisions.stream().map(Decision::id).collect(Collectors.toSet())))
        .build();
    ForumYear year = ImmutableForumYear.builder()
        .countyId(profile.county().id())
        .year(request.year())
        .clock(clock)
        .addAllEvents(planned)
        .workingGroup(carriedWorkingGroup().orElseGet(this::workingGroupSkeleton))
        .communicationPlan(communicationPlan(explained))
        .addAllPermanentMembers(base.map(ForumYear::permanentMembers).orElseGet(this::permanentMembersSkeleton))
        .partnershipAgreement(base.flatMap(ForumYear::partnershipAgreement))
        .playbook(base.flatMap(ForumYear::playbook))
        .build();
    ImmutablePlannedYear.Builder plan = ImmutablePlannedYear.builder().year(year).addAllForums(explained);
    if (request.template().equals(ForumTemplate.toBeConfirmed(profile))) {
      plan.addSketched(SketchedRecord.FORUM_DETAILS);
    }
    if (carriedWorkingGroup().isEmpty()) {
      plan.addSketched(SketchedRecord.WORKING_GROUP);
    }
    return plan.build();
  }

  /**
   * Each theme that feeds a decision goes to the last forum that reaches it in time, so it is
   * discussed as close to the decision as the schedule allows; themes with no decision go to the
   * forums with the fewest themes; a forum left without a theme prepares the next decision it can
   * still reach.
   */
  private List<List<ClockTheme>> placeThemes(List<LocalDate> days, Map<String, LocalDate> latestForumDays) {
    List<List<ClockTheme>> agendas = new ArrayList<>();
    days.forEach(day -> agendas.add(new ArrayList<>()));
    for (ClockTheme theme : themes) {
      LocalDate latest = latestForumDays.get(theme.id());
      if (latest != null) {
        int forum = IntStream.range(0, days.size()).filter(i -> !days.get(i).isAfter(latest)).max().orElseThrow();
        agendas.get(forum).add(theme);
      }
    }
    for (ClockTheme theme : themes) {
      if (!latestForumDays.containsKey(theme.id())) {
        int forum = IntStream.range(0, days.size()).boxed()
            .min(Comparator.comparing((Integer i) -> agendas.get(i).size()).thenComparing(i -> i)).orElseThrow();
        agendas.get(forum).add(theme);
      }
    }
    for (int i = 0; i < days.size(); i++) {
      LocalDate day = days.get(i);
      if (agendas.get(i).isEmpty()) {
        themes.stream()
            .filter(theme -> latestForumDays.containsKey(theme.id()) && !latestForumDays.get(theme.id()).isBefore(day))
            .min(Comparator.comparing((ClockTheme theme) -> latestForumDays.get(theme.id())))
            .ifPresent(agendas.get(i)::add);
      }
    }
    return agendas;
  }

  /** For forums after the year's last decision: follow-up of the year, and next year's clock. */
  private ClockTheme followUpTheme() {
    String id = FOLLOW_UP_THEME;
    for (int n = 2; themeIdTaken(id); n++) {
      id = FOLLOW_UP_THEME + "-" + n;
    }
    return ImmutableClockTheme.builder().id(id).title("Vuoden seuranta ja seuraavan vuoden vuosikello")
        .kind(ThemeKind.OTHER).build();
  }

  private boolean themeIdTaken(String id) {
    return request.themes().stream().anyMatch(theme -> theme.id().equals(id)) || kept.themeIds().contains(id);
  }

  private boolean eventIdTaken(String id) {
    return kept.events().stream().anyMatch(event -> event.id().equals(id));
  }

  private ImmutableList<Decision> decisionsOf(ClockTheme theme) {
    return theme.decisionIds().stream().map(decisions::get)
        .sorted(Comparator.comparing(Decision::date).thenComparing(Decision::id))
        .collect(ImmutableList.toImmutableList());
  }

  private Stream<DecisionDeadline> deadlines(ClockTheme theme, ForumSchedule schedule) {
    return decisionsOf(theme).stream().map(decision -> ImmutableDecisionDeadline.builder()
        .themeId(theme.id())
        .decisionId(decision.id())
        .body(decision.bodyName())
        .decisionDate(decision.date())
        .deliverBy(request.calendar().lastForumDayFor(decision.date()))
        .memoDelivered(schedule.memoDeliveredAt().toLocalDate())
        .build());
  }

  private ForumEvent event(String id, int index, ForumSchedule schedule, List<ClockTheme> themes) {
    ImmutableList<AgendaItem> agenda = themes.stream().map(theme -> agendaItem(id, theme)).collect(ImmutableList.toImmutableList());
    ForumTemplate template = request.template();
    ImmutableForumEvent.Builder event = ImmutableForumEvent.builder()
        .id(id)
        .kind(EventKind.OPEN_FORUM)
        .title("Palveluntuottajafoorumi " + schedule.day())
        .start(schedule.start())
        .end(schedule.end())
        .status(EventStatus.PLANNED)
        .venue(template.venue())
        .remoteConnection(template.remoteConnection())
        .convener(template.convener())
        .chair(template.chair())
        .secretary(template.secretary())
        .addAllParticipants(template.participants())
        .addAllAgenda(agenda)
        .addAllPublications(inEnumOrder(MaterialKind.class, profile.requiredMaterials()).stream()
            .map(material -> ImmutablePublication.builder().material(material).channel(profile.publicationChannel())
                .publishedAt(schedule.materialsPublishedAt()).build())
            .collect(ImmutableList.toImmutableList()))
        .addAllAnnouncements(announcementChannels().stream()
            .map(channel -> (Announcement) ImmutableAnnouncement.builder().channel(channel).announcedAt(schedule.announcedAt()).build())
            .collect(ImmutableList.toImmutableList()))
        .feedbackWindow(ImmutableFeedbackWindow.builder().opensAt(schedule.feedbackOpensAt()).closesAt(schedule.feedbackClosesAt()).build())
        .recording(ImmutableRecording.builder().publishedAt(schedule.recordingPublishedAt())
            .removedAt(schedule.recordingRemovedAt()).accessible(true).build())
        .memo(memo(schedule, agenda));
    if (index >= profile.maxForumsPerYear()) {
      event.additionalReason(request.additionalForumsReason());
    }
    return event.build();
  }

  private AgendaItem agendaItem(String forumId, ClockTheme theme) {
    StandingThemes standing = StandingThemes.of(theme.kind());
    return ImmutableAgendaItem.builder()
        .id(forumId + "-" + theme.id())
        .title(theme.title())
        .topic(standing.topic())
        .addAllStrategicGoals(standing.goals())
        .themeId(theme.id())
        .decisionPath(decisionPath(theme))
        .build();
  }

  private DecisionPath decisionPath(ClockTheme theme) {
    ImmutableList<Decision> fed = decisionsOf(theme);
    if (fed.isEmpty()) {
      return ImmutableDecisionPath.builder()
          .description(theme.kind() == ThemeKind.OTHER
              ? "Tiedoksi; aineistoksi seuraavan vuoden vuosikellon valmisteluun."
              : "Ei päätöstä tämän vuoden päätöksentekokalenterissa; muistio tiedoksi valmistelijoille.")
          .build();
    }
    return ImmutableDecisionPath.builder()
        .decisionId(fed.get(0).id())
        .description("Muistio valmistelun tueksi ennen päätöstä: "
            + fed.stream().map(decision -> decision.bodyName() + " " + decision.date() + " (" + decision.title() + ")")
                .collect(Collectors.joining("; ")))
        .build();
  }

  private Memo memo(ForumSchedule schedule, List<AgendaItem> agenda) {
    ImmutableMemo.Builder memo = ImmutableMemo.builder()
        .completedAt(schedule.memoCompletedAt())
        .coversDiscussion(true)
        .coversFeedback(true)
        .addAllItems(agenda.stream()
            .map(item -> ImmutableMemoItem.builder().agendaItemId(item.id())
                .decisionHandling(item.decisionPath().map(DecisionPath::description).orElseThrow()).build())
            .collect(ImmutableList.toImmutableList()))
        .reviewedAt(schedule.memoReviewedAt())
        .publishedAt(schedule.memoPublishedAt());
    boards.forEach(board -> memo.addDeliveries(
        ImmutableMemoDelivery.builder().recipientKind(RecipientKind.BOARD).recipient(board).deliveredAt(schedule.memoDeliveredAt()).build()));
    memo.addDeliveries(ImmutableMemoDelivery.builder().recipientKind(RecipientKind.REGIONAL_BOARD).recipient(profile.regionalBoard())
        .deliveredAt(schedule.memoDeliveredAt()).build());
    agenda.stream().flatMap(item -> item.presenter().stream()).map(presenter -> presenter.name()).distinct()
        .forEach(presenter -> memo.addDeliveries(ImmutableMemoDelivery.builder().recipientKind(RecipientKind.PRESENTER)
            .recipient(presenter).deliveredAt(schedule.memoDeliveredAt()).build()));
    return memo.build();
  }

  /** The announcement channels (TL-4.3) and the communication channels (TL-5.1), each once. */
  private List<Channel> announcementChannels() {
    return inEnumOrder(Channel.class, profile.announcementChannels(), profile.communicationChannels());
  }

  /** The values of the collections, each once, in their enum's order, so no set's order leaks into a plan. */
  @SafeVarargs
  private static <E extends Enum<E>> List<E> inEnumOrder(Class<E> type, Collection<E>... values) {
    EnumSet<E> ordered = EnumSet.noneOf(type);
    for (Collection<E> some : values) {
      ordered.addAll(some);
    }
    return List.copyOf(ordered);
  }

  /**
   * The base year's plan's channels and partners, completed with the profile's; an entry per event
   * and channel, planned for the day the event is announced.
   */
  private CommunicationPlan communicationPlan(List<PlannedForum> forums) {
    Optional<CommunicationPlan> carried = base.flatMap(ForumYear::communicationPlan);
    List<Channel> channels = inEnumOrder(Channel.class, carried.map(CommunicationPlan::channels).orElse(ImmutableSet.of()),
        profile.communicationChannels());
    List<Organisation> partners = new ArrayList<>(carried.map(CommunicationPlan::partners).orElse(ImmutableList.of()));
    for (PartnerRequirement requirement : profile.communicationPartners()) {
      if (partners.stream().noneMatch(partner -> partner.kind() == requirement.kind())) {
        partners.add(Organisation.of(requirement.description(), requirement.kind()));
      }
    }
    ImmutableCommunicationPlan.Builder plan = ImmutableCommunicationPlan.builder().addAllChannels(channels).addAllPartners(partners)
        .addAllEntries(kept.communicationEntries());
    for (PlannedForum forum : forums) {
      LocalDate announced = forum.schedule().announcedAt().toLocalDate();
      channels.forEach(channel -> plan.addEntries(
          ImmutableCommunicationEntry.builder().eventId(forum.forumId()).channel(channel).plannedOn(announced).build()));
    }
    return plan.build();
  }

  /** The base year's group, if its term reaches into the year; a group whose term has ended is not carried. */
  private Optional<WorkingGroup> carriedWorkingGroup() {
    return base.flatMap(ForumYear::workingGroup).filter(group -> group.term().covers(request.year()));
  }

  /**
   * A working group for the council term the year starts in (TL-3.6): the county and one provider
   * representative (TL-3.4), both to be named.
   */
  private WorkingGroup workingGroupSkeleton() {
    LocalDate yearStart = LocalDate.of(request.year(), 1, 1);
    CouncilTerm term = CouncilTerm.containing(yearStart.isBefore(CouncilTerm.FIRST_START) ? CouncilTerm.FIRST_START : yearStart);
    String toBeNamed = "(" + ForumTemplate.TO_BE_CONFIRMED + ")";
    return ImmutableWorkingGroup.builder()
        .termStart(term.start())
        .termEnd(term.end())
        .addMembers(
            ImmutableWorkingGroupMember.builder().name("Hyvinvointialueen edustaja " + toBeNamed)
                .organisation(ForumTemplate.county(profile)).role(MemberRole.COUNTY)
                .memberFrom(term.start()).memberUntil(term.end()).build(),
            ImmutableWorkingGroupMember.builder().name("Palveluntuottajien edustaja " + toBeNamed)
                .organisation(Organisation.of("Palveluntuottaja " + toBeNamed, OrganisationKind.SERVICE_PROVIDER))
                .role(MemberRole.PROVIDER_REPRESENTATIVE)
                .memberFrom(term.start()).memberUntil(term.end()).build())
        .build();
  }

  /** Under KE-1, the entrepreneur organisations the profile names become permanent members. */
  private ImmutableList<Organisation> permanentMembersSkeleton() {
    if (!profile.adopts("KE-1")) {
      return ImmutableList.of();
    }
    return profile.communicationPartners().stream()
        .filter(partner -> partner.kind() == OrganisationKind.ENTREPRENEUR_ORGANISATION)
        .map(partner -> Organisation.of(partner.description(), partner.kind()))
        .collect(ImmutableList.toImmutableList());
  }
}
