package fi.hyvinvointialue.forum.domain.testing;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.AnnualClock;
import fi.hyvinvointialue.forum.domain.BodyKind;
import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.CountyPublishing;
import fi.hyvinvointialue.forum.domain.ImmutableCountyPublishing;
import fi.hyvinvointialue.forum.domain.CommunicationPlan;
import fi.hyvinvointialue.forum.domain.CouncilTerm;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.DecisionKind;
import fi.hyvinvointialue.forum.domain.EventKind;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.ImmutableAgendaItem;
import fi.hyvinvointialue.forum.domain.ImmutableAnnouncement;
import fi.hyvinvointialue.forum.domain.ImmutableAnnualClock;
import fi.hyvinvointialue.forum.domain.ImmutableClockTheme;
import fi.hyvinvointialue.forum.domain.ImmutableCommunicationEntry;
import fi.hyvinvointialue.forum.domain.ImmutableCommunicationPlan;
import fi.hyvinvointialue.forum.domain.ImmutableDecision;
import fi.hyvinvointialue.forum.domain.ImmutableDecisionPath;
import fi.hyvinvointialue.forum.domain.ImmutableFeedbackComment;
import fi.hyvinvointialue.forum.domain.ImmutableFeedbackWindow;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableMemo;
import fi.hyvinvointialue.forum.domain.ImmutableMemoDelivery;
import fi.hyvinvointialue.forum.domain.ImmutableMemoItem;
import fi.hyvinvointialue.forum.domain.ImmutableParticipant;
import fi.hyvinvointialue.forum.domain.ImmutablePartnershipAgreement;
import fi.hyvinvointialue.forum.domain.ImmutablePerson;
import fi.hyvinvointialue.forum.domain.ImmutablePlaybook;
import fi.hyvinvointialue.forum.domain.ImmutablePublication;
import fi.hyvinvointialue.forum.domain.ImmutableRecording;
import fi.hyvinvointialue.forum.domain.ImmutableRegistration;
import fi.hyvinvointialue.forum.domain.ImmutableRemoteConnection;
import fi.hyvinvointialue.forum.domain.ImmutableSignature;
import fi.hyvinvointialue.forum.domain.ImmutableVenue;
import fi.hyvinvointialue.forum.domain.ImmutableVitalityPledge;
import fi.hyvinvointialue.forum.domain.ImmutableWorkingGroup;
import fi.hyvinvointialue.forum.domain.ImmutableWorkingGroupMember;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.MemberRole;
import fi.hyvinvointialue.forum.domain.Memo;
import fi.hyvinvointialue.forum.domain.MemoDelivery;
import fi.hyvinvointialue.forum.domain.MemoItem;
import fi.hyvinvointialue.forum.domain.Organisation;
import fi.hyvinvointialue.forum.domain.OrganisationKind;
import fi.hyvinvointialue.forum.domain.ParticipantRole;
import fi.hyvinvointialue.forum.domain.PartnershipAgreement;
import fi.hyvinvointialue.forum.domain.Person;
import fi.hyvinvointialue.forum.domain.Playbook;
import fi.hyvinvointialue.forum.domain.PlaybookSection;
import fi.hyvinvointialue.forum.domain.RecipientKind;
import fi.hyvinvointialue.forum.domain.SizeClass;
import fi.hyvinvointialue.forum.domain.StrategicGoal;
import fi.hyvinvointialue.forum.domain.ThemeKind;
import fi.hyvinvointialue.forum.domain.TopicKind;
import fi.hyvinvointialue.forum.domain.WorkingGroup;
import fi.hyvinvointialue.forum.domain.WorkingGroupMember;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/**
 * Test-data builders: compliant forum years for Keski-Suomi, from which a test changes the one thing
 * it is about. Every field of the model is filled somewhere here, so round trips exercise them all.
 */
public final class SampleYears {
  public static final Organisation COUNTY =
      Organisation.of("Keski-Suomen hyvinvointialue", OrganisationKind.WELLBEING_COUNTY);
  public static final Organisation ENTREPRENEURS =
      Organisation.of("Keski-Suomen Yrittäjät", OrganisationKind.ENTREPRENEUR_ORGANISATION);
  public static final Organisation CHAMBER =
      Organisation.of("Keski-Suomen kauppakamari", OrganisationKind.CHAMBER_OF_COMMERCE);
  public static final Organisation JYVASKYLA = Organisation.of("Jyväskylän kaupunki", OrganisationKind.MUNICIPALITY);
  public static final Organisation REGIONAL_COUNCIL =
      Organisation.of("Keski-Suomen liitto", OrganisationKind.REGIONAL_COUNCIL);
  public static final Organisation SOSTE =
      Organisation.of("Keski-Suomen Yhteisöjen Tuki ry", OrganisationKind.THIRD_SECTOR_ORGANISATION);

  /** The theme ids of {@link #clock(int)}. */
  public static final String STRATEGY = "strategia";
  public static final String WELFARE = "hyvinvointikertomus";
  public static final String BUDGET = "talousarvio";
  public static final String PROCUREMENT = "hankintasuunnitelma";
  public static final String VOUCHERS = "palvelusetelit";
  public static final String PROCUREMENT_DIALOGUE = "hankintadialogi";

  private SampleYears() {}

  /** A compliant year under {@link KeskiSuomi#profile()}: four open forums and one targeted event. */
  public static ForumYear keskiSuomi(int year) {
    return ImmutableForumYear.builder()
        .countyId(KeskiSuomi.COUNTY_ID)
        .year(year)
        .clock(clock(year))
        .addEvents(
            openForum("foorumi-" + year + "-1", at(year, 3, 11), STRATEGY, "strategia-paatos"),
            openForum("foorumi-" + year + "-2", at(year, 5, 13), WELFARE, "hyvinvointi-paatos"),
            openForum("foorumi-" + year + "-3", at(year, 9, 16), BUDGET, "talousarvio-paatos", VOUCHERS),
            openForum("foorumi-" + year + "-4", at(year, 11, 4), PROCUREMENT, "hankinta-paatos"),
            targetedEvent("kohdennettu-" + year + "-kotihoito", at(year, 10, 7)))
        .workingGroup(workingGroup(year))
        .communicationPlan(communicationPlan(year, "foorumi-" + year + "-1", "foorumi-" + year + "-2",
            "foorumi-" + year + "-3", "foorumi-" + year + "-4", "kohdennettu-" + year + "-kotihoito"))
        .build();
  }

  /** {@link #keskiSuomi(int)} with the partnership proposal's documents, for {@link KeskiSuomi#profileWithPartnership()}. */
  public static ForumYear keskiSuomiWithPartnership(int year) {
    ForumYear base = keskiSuomi(year);
    AnnualClock clock = base.clock().orElseThrow();
    AnnualClock withDialogueTheme =
        ImmutableAnnualClock.copyOf(clock)
            .withThemes(
                ImmutableList.<ClockTheme>builder()
                    .addAll(clock.themes())
                    .add(theme(PROCUREMENT_DIALOGUE, "Hankintojen strateginen suunta",
                        ThemeKind.PROCUREMENT_STRATEGY_DIALOGUE, "hankinta-paatos"))
                    .build());
    String dialogueForum = "foorumi-" + year + "-4";
    ForumEvent forum = base.event(dialogueForum).orElseThrow();
    Person dialoguePresenter = presenter("Hankintajohtaja");
    AgendaItem dialogue =
        ImmutableAgendaItem.builder()
            .id(dialogueForum + "-a3")
            .title("Vuoropuhelu hankintojen suunnittelusta yrittäjäjärjestöjen kanssa")
            .topic(TopicKind.PROCUREMENT_PLANNING)
            .presenter(dialoguePresenter)
            .addStrategicGoals(StrategicGoal.QUALITY_AND_COST_EFFECTIVENESS)
            .themeId(PROCUREMENT_DIALOGUE)
            .decisionPath(ImmutableDecisionPath.builder().decisionId("hankinta-paatos")
                .description("Aluehallitus hyväksyy hankintasuunnitelman.").build())
            .build();
    Memo memo = forum.memo().orElseThrow();
    LocalDateTime delivered = memo.publishedAt().orElseThrow();
    ForumEvent withDialogue =
        ImmutableForumEvent.copyOf(forum)
            .withAgenda(ImmutableList.<AgendaItem>builder().addAll(forum.agenda()).add(dialogue).build())
            .withMemo(
                ImmutableMemo.copyOf(memo)
                    .withItems(ImmutableList.<MemoItem>builder()
                        .addAll(memo.items())
                        .add(ImmutableMemoItem.builder().agendaItemId(dialogue.id())
                            .decisionHandling("Otetaan huomioon hankintasuunnitelman valmistelussa.").build())
                        .build())
                    .withDeliveries(ImmutableList.<MemoDelivery>builder()
                        .addAll(memo.deliveries())
                        .add(delivery(RecipientKind.PRESENTER, dialoguePresenter.name(), delivered))
                        .build()));
    return ImmutableForumYear.copyOf(base)
        .withClock(withDialogueTheme)
        .withEvents(base.events().stream()
            .map(event -> event.id().equals(dialogueForum) ? withDialogue : event)
            .collect(ImmutableList.toImmutableList()))
        .withPermanentMembers(ENTREPRENEURS)
        .withPartnershipAgreement(partnershipAgreement(year))
        .withPlaybook(playbook(year));
  }

  /** Keski-Suomi's publishing settings, with an example mailbox. */
  public static CountyPublishing publishing() {
    return ImmutableCountyPublishing.builder().countyId(KeskiSuomi.profile().county().id()).organiserName("Keski-Suomen hyvinvointialue")
        .organiserEmail("foorumi-esimerkki@hyvaks.fi").build();
  }

  /** The profile {@link #keskiSuomi(int)} complies with. */
  public static PolicyProfile profile() {
    return KeskiSuomi.profile();
  }

  public static LocalDateTime at(int year, int month, int day) {
    return LocalDateTime.of(LocalDate.of(year, month, day), LocalTime.of(13, 0));
  }

  public static AnnualClock clock(int year) {
    return ImmutableAnnualClock.builder()
        .year(year)
        .addDecisions(
            decision("strategia-paatos", "Strategian toimeenpano-ohjelma", DecisionKind.STRATEGY,
                BodyKind.REGIONAL_BOARD, "aluehallitus", LocalDate.of(year, 4, 20)),
            decision("hyvinvointi-paatos", "Hyvinvointikertomus aluevaltuustolle", DecisionKind.WELFARE_REPORT,
                BodyKind.COUNCIL, "aluevaltuusto", LocalDate.of(year, 6, 16)),
            decision("saantokirja-paatos", "Palvelusetelien sääntökirjan yleinen osa", DecisionKind.VOUCHER_RULEBOOK,
                BodyKind.BOARD, "hyvinvoinnin ja terveyden lautakunta", LocalDate.of(year, 10, 27)),
            decision("hankinta-paatos", "Hankintasuunnitelma " + (year + 1), DecisionKind.PROCUREMENT_PLAN,
                BodyKind.REGIONAL_BOARD, "aluehallitus", LocalDate.of(year, 11, 30)),
            decision("talousarvio-paatos", "Talousarvio " + (year + 1), DecisionKind.BUDGET,
                BodyKind.COUNCIL, "aluevaltuusto", LocalDate.of(year, 12, 8)))
        .addThemes(
            theme(STRATEGY, "Strategia ja tulevaisuustyö", ThemeKind.STRATEGY_AND_FUTURE, "strategia-paatos"),
            theme(WELFARE, "Hyvinvointikertomus ja -suunnitelma", ThemeKind.WELFARE_REPORT_AND_PLAN,
                "hyvinvointi-paatos"),
            theme(BUDGET, "Talousarvio", ThemeKind.BUDGET, "talousarvio-paatos"),
            theme(VOUCHERS, "Palvelusetelien sääntökirjojen yleinen osa", ThemeKind.VOUCHER_RULEBOOK_GENERAL_PART,
                "saantokirja-paatos"),
            theme(PROCUREMENT, "Hankintasuunnitelma ja hankintojen strateginen suunta", ThemeKind.PROCUREMENT_PLAN,
                "hankinta-paatos"))
        .build();
  }

  public static Decision decision(
      String id, String title, DecisionKind kind, BodyKind body, String bodyName, LocalDate date) {
    return ImmutableDecision.builder().id(id).title(title).kind(kind).body(body).bodyName(bodyName).date(date).build();
  }

  public static ClockTheme theme(String id, String title, ThemeKind kind, String... decisionIds) {
    return ImmutableClockTheme.builder().id(id).title(title).kind(kind).addDecisionIds(decisionIds).build();
  }

  public static Person person(String name, Organisation organisation) {
    return ImmutablePerson.builder().name(name).organisation(organisation).build();
  }

  public static Person presenter(String name) {
    return ImmutablePerson.builder().name(name).organisation(COUNTY).publiclyNamed(true).build();
  }

  /**
   * A held open forum with its whole record, every deadline met with a margin: materials ten days
   * ahead, announcements a month ahead, feedback open eight days, the recording up fourteen days,
   * the memo reviewed, published and delivered after the feedback closed.
   */
  public static ForumEvent openForum(String id, LocalDateTime start, String themeId, String decisionId) {
    return openForum(id, start, themeId, decisionId, themeId);
  }

  /**
   * {@link #openForum(String, LocalDateTime, String, String)} whose second item, the news for providers,
   * takes up another theme of the clock ({@code updateThemeId}), so a few forums cover every standing theme.
   */
  public static ForumEvent openForum(String id, LocalDateTime start, String themeId, String decisionId, String updateThemeId) {
    LocalDateTime end = start.plusHours(2).plusMinutes(30);
    Person presenter = presenter("Palvelujohtaja Maija Meikäläinen");
    AgendaItem item =
        ImmutableAgendaItem.builder()
            .id(id + "-a1")
            .title("Teeman valmistelu: " + themeId)
            .topic(TopicKind.GENERAL)
            .presenter(presenter)
            .addStrategicGoals(StrategicGoal.values())
            .themeId(themeId)
            .decisionPath(
                ImmutableDecisionPath.builder()
                    .decisionId(decisionId)
                    .description("Valmistelu jatkuu päätöksentekoon; muistio liitetään esityslistan liitteeksi.")
                    .build())
            .build();
    AgendaItem update =
        ImmutableAgendaItem.builder()
            .id(id + "-a2")
            .title("Ajankohtaista palveluntuottajille")
            .addStrategicGoals(StrategicGoal.DEVELOPMENT_AND_RENEWAL)
            .themeId(updateThemeId)
            .decisionPath(ImmutableDecisionPath.builder().description("Tiedoksi; ei päätöksentekoa.").build())
            .build();
    LocalDateTime feedbackCloses = end.plusDays(8);
    LocalDateTime recordingPublished = end.plusDays(1);
    LocalDateTime memoDone = feedbackCloses.plusDays(1);
    return ImmutableForumEvent.builder()
        .id(id)
        .kind(EventKind.OPEN_FORUM)
        .title("Palveluntuottajafoorumi " + start.toLocalDate())
        .start(start)
        .end(end)
        .status(EventStatus.HELD)
        .venue(ImmutableVenue.builder().name("Sairaala Nova, auditorio").address("Hoitajantie 3").municipality("Jyväskylä").build())
        .remoteConnection(
            ImmutableRemoteConnection.builder().uri(URI.create("https://teams.example.fi/foorumi/" + id)).platform("Teams").build())
        .convener(COUNTY)
        .chair(person("Hyvinvointialuejohtaja", COUNTY))
        .secretary(person("Kumppanuuskoordinaattori", COUNTY))
        .addParticipants(
            ImmutableParticipant.builder().role(ParticipantRole.SERVICE_PROVIDER).count(40).build(),
            ImmutableParticipant.builder().role(ParticipantRole.ENTREPRENEUR).count(10).build(),
            ImmutableParticipant.builder().role(ParticipantRole.OFFICIAL).count(6).build(),
            ImmutableParticipant.builder().role(ParticipantRole.ELECTED_OFFICIAL).count(3).build(),
            ImmutableParticipant.builder().role(ParticipantRole.INVITEE).person(person("Elinvoimapäällikkö", JYVASKYLA)).build())
        .addRegistrations(
            ImmutableRegistration.builder()
                .organisation(Organisation.of("Hoivakoti Esimerkki Oy", OrganisationKind.SERVICE_PROVIDER))
                .operatesInRegion(true)
                .accepted(true)
                .build())
        .addAgenda(item, update)
        .addPublications(
            publication(MaterialKind.CONTENT, start.minusDays(10), id),
            publication(MaterialKind.AGENDA, start.minusDays(10), id),
            publication(MaterialKind.BACKGROUND_MATERIAL, start.minusDays(10), id))
        .addAnnouncements(
            ImmutableAnnouncement.builder().channel(Channel.NEWSLETTER).announcedAt(start.minusDays(30)).build(),
            ImmutableAnnouncement.builder().channel(Channel.WEBSITE).announcedAt(start.minusDays(30))
                .uri(URI.create("https://www.hyvaks.fi/foorumi/" + id)).build(),
            ImmutableAnnouncement.builder().channel(Channel.SOCIAL_MEDIA).announcedAt(start.minusDays(29)).build())
        .feedbackWindow(
            ImmutableFeedbackWindow.builder()
                .opensAt(end)
                .closesAt(feedbackCloses)
                .uri(URI.create("https://www.hyvaks.fi/foorumi/" + id + "/palaute"))
                .addComments(
                    ImmutableFeedbackComment.builder()
                        .id(id + "-c1")
                        .receivedAt(end.plusDays(2))
                        .text("Toivomme ennakoivaa vuoropuhelua hankinnoista.")
                        .author("Yrittäjä Esimerkki")
                        .build())
                .build())
        .recording(
            ImmutableRecording.builder()
                .publishedAt(recordingPublished)
                .removedAt(recordingPublished.plusDays(14))
                .uri(URI.create("https://www.hyvaks.fi/foorumi/" + id + "/tallenne"))
                .accessible(true)
                .build())
        .memo(
            ImmutableMemo.builder()
                .completedAt(memoDone)
                .coversDiscussion(true)
                .coversFeedback(true)
                .addIncludedCommentIds(id + "-c1")
                .addItems(
                    ImmutableMemoItem.builder().agendaItemId(item.id())
                        .decisionHandling("Käsitellään päätöksen " + decisionId + " valmistelussa.").build(),
                    ImmutableMemoItem.builder().agendaItemId(update.id()).decisionHandling("Tiedoksi.").build())
                .reviewedAt(memoDone.plusDays(1))
                .publishedAt(memoDone.plusDays(2))
                .addAllDeliveries(KeskiSuomi.profile().boards().stream()
                    .map(board -> delivery(RecipientKind.BOARD, board, memoDone.plusDays(2))).collect(ImmutableList.toImmutableList()))
                .addDeliveries(
                    delivery(RecipientKind.REGIONAL_BOARD, "aluehallitus", memoDone.plusDays(2)),
                    delivery(RecipientKind.PRESENTER, presenter.name(), memoDone.plusDays(2)))
                .build())
        .created(HelsinkiTime.instant(start.minusDays(60)))
        .lastModified(HelsinkiTime.instant(memoDone.plusDays(2)))
        .build();
  }

  /** A targeted event on one service voucher (TL-2.5): by invitation, with materials and feedback. */
  public static ForumEvent targetedEvent(String id, LocalDateTime start) {
    LocalDateTime end = start.plusHours(2);
    return ImmutableForumEvent.builder()
        .id(id)
        .kind(EventKind.TARGETED_EVENT)
        .title("Kotihoidon palveluseteli: tuottajien infotilaisuus")
        .start(start)
        .end(end)
        .status(EventStatus.HELD)
        .venue(ImmutableVenue.builder().name("Etäyhteys ja Sairaala Nova").build())
        .remoteConnection(ImmutableRemoteConnection.builder().uri(URI.create("https://teams.example.fi/kohdennettu/" + id)).build())
        .convener(COUNTY)
        .chair(person("Hankintapäällikkö", COUNTY))
        .secretary(person("Hankinta-asiantuntija", COUNTY))
        .addParticipants(
            ImmutableParticipant.builder().role(ParticipantRole.SERVICE_PROVIDER).count(12).build(),
            ImmutableParticipant.builder().role(ParticipantRole.OFFICIAL).count(3).build(),
            ImmutableParticipant.builder().role(ParticipantRole.ELECTED_OFFICIAL).build())
        .addAgenda(
            ImmutableAgendaItem.builder()
                .id(id + "-a1")
                .title("Kotihoidon palvelusetelin arvo ja tuottajien hyväksyminen")
                .topic(TopicKind.SERVICE_VOUCHER)
                .presenter(presenter("Palveluseteliasiantuntija"))
                .addStrategicGoals(StrategicGoal.QUALITY_AND_COST_EFFECTIVENESS)
                .themeId(VOUCHERS)
                .decisionPath(ImmutableDecisionPath.builder().decisionId("saantokirja-paatos")
                    .description("Lautakunta päättää setelin arvosta.").build())
                .build())
        .addPublications(
            publication(MaterialKind.CONTENT, start.minusDays(8), id),
            publication(MaterialKind.AGENDA, start.minusDays(8), id),
            publication(MaterialKind.BACKGROUND_MATERIAL, start.minusDays(8), id))
        .addAnnouncements(
            ImmutableAnnouncement.builder().channel(Channel.NEWSLETTER).announcedAt(start.minusDays(21)).build(),
            ImmutableAnnouncement.builder().channel(Channel.WEBSITE).announcedAt(start.minusDays(21)).build(),
            ImmutableAnnouncement.builder().channel(Channel.SOCIAL_MEDIA).announcedAt(start.minusDays(21)).build())
        .feedbackWindow(ImmutableFeedbackWindow.builder().opensAt(end).closesAt(end.plusDays(7)).build())
        .build();
  }

  private static ImmutablePublication publication(MaterialKind material, LocalDateTime at, String eventId) {
    return ImmutablePublication.builder()
        .material(material)
        .channel(Channel.WEBSITE)
        .publishedAt(at)
        .uri(URI.create("https://www.hyvaks.fi/foorumi/" + eventId + "/" + material.name().toLowerCase(java.util.Locale.ROOT)))
        .build();
  }

  private static ImmutableMemoDelivery delivery(RecipientKind kind, String recipient, LocalDateTime at) {
    return ImmutableMemoDelivery.builder().recipientKind(kind).recipient(recipient).deliveredAt(at).build();
  }

  /** The group for the council term 1.6.2025–31.5.2029, spread over industries, sizes and sub-regions. */
  public static WorkingGroup workingGroup() {
    return workingGroup(2026);
  }

  /**
   * {@link #workingGroup()} appointed for the council term in force at the start of the year, so
   * that years generated far ahead have a group for their term (TL-3.6); before the first term
   * (1.3.2022) there is none, and the first term's group stands in.
   */
  public static WorkingGroup workingGroup(int year) {
    LocalDate newYear = LocalDate.of(year, 1, 1);
    CouncilTerm term = CouncilTerm.containing(newYear.isBefore(CouncilTerm.FIRST_START) ? CouncilTerm.FIRST_START : newYear);
    LocalDate from = term.start();
    LocalDate until = term.end();
    return ImmutableWorkingGroup.builder()
        .termStart(from)
        .termEnd(until)
        .appointedOn(from.plusMonths(3).plusDays(1))
        .addMembers(
            member("Kumppanuusjohtaja", COUNTY, MemberRole.COUNTY, null, null, "Jyväskylä", from, until),
            member("Toimitusjohtaja A", Organisation.of("Hoivakoti Aalto Oy", OrganisationKind.SERVICE_PROVIDER),
                MemberRole.PROVIDER_REPRESENTATIVE, "87101", SizeClass.SMALL, "Saarijärvi–Viitasaari", from, until),
            member("Yrittäjä B", Organisation.of("Fysio Bertta Ky", OrganisationKind.SERVICE_PROVIDER),
                MemberRole.PROVIDER_REPRESENTATIVE, "86901", SizeClass.MICRO, "Jämsä", from, until),
            member("Toimialajohtaja C", Organisation.of("Terveyspalvelu Cetus Oyj", OrganisationKind.SERVICE_PROVIDER),
                MemberRole.PROVIDER_REPRESENTATIVE, "86210", SizeClass.LARGE, "Jyväskylä", from, until),
            member("Palvelupäällikkö D", Organisation.of("Kotiapu Delta Oy", OrganisationKind.SERVICE_PROVIDER),
                MemberRole.PROVIDER_REPRESENTATIVE, "88101", SizeClass.MEDIUM, "Äänekoski", from, until),
            member("Toiminnanjohtaja E", SOSTE, MemberRole.PROVIDER_REPRESENTATIVE, "88999", SizeClass.MICRO,
                "Keuruu", from, until),
            member("Asiamies F", ENTREPRENEURS, MemberRole.ENTREPRENEUR_ORGANISATION, null, null, "Joutsa", from, until))
        .build();
  }

  public static WorkingGroupMember member(
      String name,
      Organisation organisation,
      MemberRole role,
      String industryCode,
      SizeClass size,
      String subRegion,
      LocalDate from,
      LocalDate until) {
    ImmutableWorkingGroupMember.Builder member =
        ImmutableWorkingGroupMember.builder()
            .name(name)
            .organisation(organisation)
            .role(role)
            .subRegion(subRegion)
            .memberFrom(from)
            .memberUntil(until);
    if (industryCode != null) {
      member.industryCode(industryCode);
    }
    if (size != null) {
      member.sizeClass(size);
    }
    return member.build();
  }

  public static CommunicationPlan communicationPlan(int year, String... eventIds) {
    List<Channel> channels = List.of(Channel.NEWSLETTER, Channel.WEBSITE, Channel.SOCIAL_MEDIA);
    ImmutableCommunicationPlan.Builder plan =
        ImmutableCommunicationPlan.builder()
            .addAllChannels(channels)
            .addPartners(ENTREPRENEURS, CHAMBER, JYVASKYLA, REGIONAL_COUNCIL);
    Arrays.stream(eventIds)
        .forEach(
            eventId ->
                channels.forEach(
                    channel ->
                        plan.addEntries(
                            ImmutableCommunicationEntry.builder()
                                .eventId(eventId)
                                .channel(channel)
                                .plannedOn(LocalDate.of(year, 1, 15))
                                .build())));
    return plan.build();
  }

  public static PartnershipAgreement partnershipAgreement(int year) {
    LocalDate signed = LocalDate.of(year, 2, 2);
    return ImmutablePartnershipAgreement.builder()
        .title("Keski-Suomen strateginen kumppanuussopimus")
        .written(true)
        .addSharedGoals(
            "Palvelut ja työpaikat koko Keski-Suomessa",
            "Ennakoiva vuoropuhelu hankinnoista",
            "Läpinäkyvä, pitkäjänteinen yhteistyö")
        .addParties(COUNTY, JYVASKYLA, ENTREPRENEURS, SOSTE)
        .addSignatures(
            ImmutableSignature.builder().party(COUNTY.name()).signatory("Hyvinvointialuejohtaja").signedOn(signed).build(),
            ImmutableSignature.builder().party(JYVASKYLA.name()).signatory("Kaupunginjohtaja").signedOn(signed).build(),
            ImmutableSignature.builder().party(ENTREPRENEURS.name()).signatory("Toimitusjohtaja").signedOn(signed).build(),
            ImmutableSignature.builder().party(SOSTE.name()).signatory("Toiminnanjohtaja").signedOn(signed).build())
        .vitalityPledge(
            ImmutableVitalityPledge.builder()
                .committedOn(signed)
                .addParties(COUNTY.name(), JYVASKYLA.name(), ENTREPRENEURS.name(), SOSTE.name())
                .build())
        .build();
  }

  public static Playbook playbook(int year) {
    return ImmutablePlaybook.builder()
        .title("Kumppanuuden pelikirja")
        .addSections(PlaybookSection.values())
        .addAuthors(COUNTY, JYVASKYLA, ENTREPRENEURS, SOSTE)
        .adoptedOn(LocalDate.of(year, 3, 1))
        .build();
  }
}
