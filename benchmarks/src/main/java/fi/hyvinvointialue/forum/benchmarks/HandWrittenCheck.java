package fi.hyvinvointialue.forum.benchmarks;

import fi.hyvinvointialue.forum.domain.Access;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.Announcement;
import fi.hyvinvointialue.forum.domain.AnnualClock;
import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.CommunicationEntry;
import fi.hyvinvointialue.forum.domain.CommunicationPlan;
import fi.hyvinvointialue.forum.domain.CouncilTerm;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.DecisionKind;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.FeedbackComment;
import fi.hyvinvointialue.forum.domain.FeedbackWindow;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.MemberRole;
import fi.hyvinvointialue.forum.domain.Memo;
import fi.hyvinvointialue.forum.domain.MemoDelivery;
import fi.hyvinvointialue.forum.domain.MemoItem;
import fi.hyvinvointialue.forum.domain.Organisation;
import fi.hyvinvointialue.forum.domain.OrganisationKind;
import fi.hyvinvointialue.forum.domain.Participant;
import fi.hyvinvointialue.forum.domain.ParticipantRole;
import fi.hyvinvointialue.forum.domain.PartnershipAgreement;
import fi.hyvinvointialue.forum.domain.Person;
import fi.hyvinvointialue.forum.domain.Playbook;
import fi.hyvinvointialue.forum.domain.PlaybookSection;
import fi.hyvinvointialue.forum.domain.Publication;
import fi.hyvinvointialue.forum.domain.RecipientKind;
import fi.hyvinvointialue.forum.domain.Recording;
import fi.hyvinvointialue.forum.domain.Registration;
import fi.hyvinvointialue.forum.domain.Signature;
import fi.hyvinvointialue.forum.domain.SizeClass;
import fi.hyvinvointialue.forum.domain.StrategicGoal;
import fi.hyvinvointialue.forum.domain.ThemeKind;
import fi.hyvinvointialue.forum.domain.WorkingGroup;
import fi.hyvinvointialue.forum.domain.WorkingGroupMember;
import fi.hyvinvointialue.forum.domain.profile.PartnerRequirement;
import fi.hyvinvointialue.forum.domain.profile.PolicyCalendar;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules' baseline: every clause {@code PolicyCheck.standard()} checks, written as one would
 * without the library: one method, one pass over the events, plain loops. It makes the same
 * comparisons on the same fields, but reports bare issues: no facts, no messages, no sorting.
 * {@code HandWrittenCheckTest} holds it to finding exactly what the rules find.
 */
final class HandWrittenCheck {
  /** A departure from the policy: the rule's message key, and the id of the record it is about. */
  record Issue(String key, String subject) {}

  private static final Comparator<ForumEvent> CHRONOLOGICAL =
      Comparator.comparing(ForumEvent::start).thenComparing(ForumEvent::id);
  private static final Set<String> CARE_DIVISIONS = Set.of("86", "87", "88");
  private static final Set<String> KNOWN_CLASSIFICATIONS = Set.of("TOL 2008", "TOL 2025");
  private static final Set<OrganisationKind> PARTNERSHIP_KINDS =
      EnumSet.of(OrganisationKind.WELLBEING_COUNTY, OrganisationKind.MUNICIPALITY,
          OrganisationKind.ENTREPRENEUR_ORGANISATION, OrganisationKind.THIRD_SECTOR_ORGANISATION);

  private HandWrittenCheck() {}

  static List<Issue> check(ForumYear year, PolicyProfile profile, Instant now) {
    List<Issue> issues = new ArrayList<>();
    LocalDateTime helsinkiNow = HelsinkiTime.wallTime(now);
    String yearId = year.countyId() + "/" + year.year();
    String clockId = Integer.toString(year.year());
    LocalDate firstDay = LocalDate.of(year.year(), 1, 1);
    LocalDate lastDay = LocalDate.of(year.year(), 12, 31);
    AnnualClock clock = year.clock().orElse(null);

    // TL-1.3: approval, and the profile in force for the year (events outside it are listed in the pass)
    String profileId = profile.id() + "@" + profile.version();
    if (profile.approval().isEmpty()) {
      issues.add(new Issue("profile-approved-by-regional-board.missing", profileId));
    } else if (!profile.approval().get().byRegionalBoard()) {
      issues.add(new Issue("profile-approved-by-regional-board.wrong-body", profileId));
    } else if (profile.approval().get().approvedOn().isEmpty()) {
      issues.add(new Issue("profile-approved-by-regional-board.undated", profileId));
    }
    boolean partOfYear = false;
    if (!profile.county().id().equals(year.countyId())) {
      issues.add(new Issue("profile-in-force-for-the-year.other-county", profileId));
    } else if (profile.validFrom().isAfter(lastDay)) {
      issues.add(new Issue("profile-in-force-for-the-year.not-yet-valid", profileId));
    } else if (profile.validUntil().isPresent() && profile.validUntil().get().isBefore(firstDay)) {
      issues.add(new Issue("profile-in-force-for-the-year.expired", profileId));
    } else if (!profile.inForceOn(firstDay) || !profile.inForceOn(lastDay)) {
      partOfYear = true;
      issues.add(new Issue("profile-in-force-for-the-year.part-of-year", profileId));
    }

    // what the pass over the events gathers for the year's checks
    PolicyCalendar calendar = PolicyCalendar.of(profile);
    List<ForumEvent> forums = new ArrayList<>(year.events().size());
    Set<StrategicGoal> goalsMissed = EnumSet.allOf(StrategicGoal.class);
    int reasoned = 0;
    Set<String> dialogueThemes = new HashSet<>();
    LocalDate planDecided = null;
    if (clock != null) {
      for (ClockTheme theme : clock.themes()) {
        if (theme.kind() == ThemeKind.PROCUREMENT_STRATEGY_DIALOGUE) {
          dialogueThemes.add(theme.id());
        }
      }
      for (Decision decision : clock.decisions()) {
        if (decision.kind() == DecisionKind.PROCUREMENT_PLAN && (planDecided == null || decision.date().isBefore(planDecided))) {
          planDecided = decision.date();
        }
      }
    }
    boolean dialogueHeld = false;
    CommunicationPlan plan = year.communicationPlan().orElse(null);

    for (ForumEvent event : year.events()) {
      if (event.status() == EventStatus.CANCELLED) {
        continue;
      }
      String id = event.id();
      LocalDate day = event.start().toLocalDate();
      boolean ended = !helsinkiNow.isBefore(event.end());
      boolean recordingLate = !helsinkiNow.isBefore(calendar.recordingDue(event).plusDays(1).atStartOfDay());
      boolean memoLate = !helsinkiNow.isBefore(calendar.memoDue(event).plusDays(1).atStartOfDay());
      if (partOfYear && !profile.inForceOn(day)) {
        issues.add(new Issue("profile-in-force-for-the-year.event-outside", id));
      }

      // TL-4.6 applies to targeted events too
      if (event.feedbackWindow().isEmpty()) {
        if (ended) {
          issues.add(new Issue("feedback-open-a-week-after.missing", id));
        }
      } else {
        FeedbackWindow window = event.feedbackWindow().get();
        LocalDateTime commentsFrom = event.end();
        if (window.opensAt().isAfter(event.end())) {
          issues.add(new Issue("feedback-open-a-week-after.opens-late", id));
          commentsFrom = window.opensAt();
        }
        if (window.closesAt().isBefore(calendar.feedbackOpenUntil(commentsFrom))) {
          issues.add(new Issue("feedback-open-a-week-after", id));
        }
      }
      if (!event.isOpenForum()) {
        continue;
      }
      forums.add(event);
      if (event.additionalReason().filter(reason -> !reason.isBlank()).isPresent()) {
        reasoned++;
      }

      // TL-2.1: providers, officials and elected officials
      if (event.participants().isEmpty() && !ended) {
        issues.add(new Issue("forum-brings-officials-and-elected-officials.not-planned", id));
      } else {
        boolean officials = false;
        boolean electedOfficials = false;
        boolean providers = false;
        for (Participant participant : event.participants()) {
          officials |= participant.role() == ParticipantRole.OFFICIAL;
          electedOfficials |= participant.role() == ParticipantRole.ELECTED_OFFICIAL;
          providers |= participant.role() == ParticipantRole.SERVICE_PROVIDER
              || participant.role() == ParticipantRole.ENTREPRENEUR;
        }
        if (!officials || !electedOfficials || !providers) {
          issues.add(new Issue("forum-brings-officials-and-elected-officials", id));
        }
      }

      // TL-3.1: the county convenes, chairs and keeps the minutes
      boolean started = !helsinkiNow.isBefore(event.start());
      if (!byCounty(profile, event.convener().orElse(null))) {
        issues.add(new Issue("county-convenes-chairs-and-keeps-minutes.convener", id));
      }
      if ((started || event.chair().isPresent()) && !byCounty(profile, event.chair().flatMap(Person::organisation).orElse(null))) {
        issues.add(new Issue("county-convenes-chairs-and-keeps-minutes.chair", id));
      }
      if ((started || event.secretary().isPresent())
          && !byCounty(profile, event.secretary().flatMap(Person::organisation).orElse(null))) {
        issues.add(new Issue("county-convenes-chairs-and-keeps-minutes.secretary", id));
      }

      // TL-3.7: open to every provider of the region
      if (event.access() != Access.OPEN_TO_REGIONAL_PROVIDERS) {
        issues.add(new Issue("open-forum-turns-away-no-eligible-provider.by-invitation", id));
      }
      for (Registration registration : event.registrations()) {
        if (registration.operatesInRegion() && !registration.accepted()) {
          issues.add(new Issue("open-forum-turns-away-no-eligible-provider", id));
        }
      }

      // TL-4.1: materials on the website a week ahead
      LocalDate deadline = calendar.materialsDue(day);
      boolean deadlinePassed = !helsinkiNow.isBefore(deadline.plusDays(1).atStartOfDay());
      for (MaterialKind material : profile.requiredMaterials()) {
        LocalDate first = null;
        for (Publication publication : event.publications()) {
          LocalDate published = publication.publishedAt().toLocalDate();
          if (publication.material() == material && publication.channel() == profile.publicationChannel()
              && (first == null || published.isBefore(first))) {
            first = published;
          }
        }
        if (first == null ? deadlinePassed : first.isAfter(deadline)) {
          issues.add(new Issue(first == null ? "materials-published-a-week-ahead.missing" : "materials-published-a-week-ahead", id));
        }
      }

      // TL-4.3: dates announced in the newsletter and on the website by the same deadline
      for (Channel channel : profile.announcementChannels()) {
        LocalDate first = null;
        for (Announcement announcement : event.announcements()) {
          LocalDate announced = announcement.announcedAt().toLocalDate();
          if (announcement.channel() == channel && (first == null || announced.isBefore(first))) {
            first = announced;
          }
        }
        if (first == null ? deadlinePassed : first.isAfter(deadline)) {
          issues.add(new Issue(first == null
              ? "dates-announced-in-newsletter-and-website.missing" : "dates-announced-in-newsletter-and-website", id));
        }
      }

      // TL-4.5: on site and remote
      if (event.venue().isEmpty()) {
        issues.add(new Issue("on-site-and-remote.no-venue", id));
      }
      if (event.remoteConnection().isEmpty()) {
        issues.add(new Issue("on-site-and-remote.no-remote", id));
      }

      // the agenda: TL-2.4 goals, TL-2.5 topics, TL-3.2 themes, TL-4.2 decisions, KE-2 dialogue, TL-4.9 memo items
      Memo memo = event.memo().orElse(null);
      Set<String> presenters = new HashSet<>();
      for (AgendaItem item : event.agenda()) {
        String itemId = item.id();
        goalsMissed.removeAll(item.strategicGoals());
        if (item.strategicGoals().isEmpty()) {
          issues.add(new Issue("agenda-items-name-strategic-goals", itemId));
        }
        if (item.topic().belongsToTargetedEvent()) {
          issues.add(new Issue("no-single-procurement-on-open-forum", itemId));
        }
        item.presenter().ifPresent(presenter -> presenters.add(presenter.name()));
        if (clock != null) {
          if (item.themeId().isEmpty()) {
            issues.add(new Issue("agenda-items-prepared-by-the-clock", itemId));
          } else if (planDecided == null || day.isBefore(planDecided)) {
            dialogueHeld |= dialogueThemes.contains(item.themeId().get());
          }
          LocalDate decided = decidedOn(clock, item);
          if (decided != null && day.isAfter(calendar.lastForumDayFor(decided))) {
            issues.add(new Issue("forums-before-the-decisions-they-feed", itemId));
          }
        }
        if (memo != null && !tells(memo, itemId)) {
          issues.add(new Issue("memo-tells-decision-handling", itemId));
        }
      }

      // TL-4.7: the recording, watchable for two weeks from its publication
      if (event.recording().isEmpty()) {
        if (ended) {
          issues.add(new Issue("recording-available-two-weeks.missing", id));
        }
      } else {
        Recording recording = event.recording().get();
        if (recording.publishedAt().isEmpty()) {
          if (recordingLate) {
            issues.add(new Issue("recording-available-two-weeks.unpublished", id));
          }
        } else if (recording.removedAt().isEmpty()) {
          issues.add(new Issue("recording-available-two-weeks.kept", id));
        } else {
          LocalDate due = calendar.recordingAvailableUntil(recording.publishedAt().get()).toLocalDate();
          LocalDate removed = recording.removedAt().get().toLocalDate();
          if (removed.isBefore(due)) {
            issues.add(new Issue("recording-available-two-weeks", id));
          } else if (removed.isAfter(due)) {
            issues.add(new Issue("recording-available-two-weeks.longer", id));
          }
        }
      }

      // TL-4.8 and TL-4.10: the memo
      if (memo == null) {
        if (memoLate) {
          issues.add(new Issue("memo-covers-discussion-and-feedback.missing", id));
        }
      } else {
        checkMemo(event, memo, presenters, memoLate, profile, issues);
      }

      // TL-5.1: the plan has each forum in each channel
      if (plan != null) {
        Set<Channel> uncovered = EnumSet.noneOf(Channel.class);
        uncovered.addAll(profile.communicationChannels());
        for (CommunicationEntry entry : plan.entries()) {
          if (entry.eventId().equals(id)) {
            uncovered.remove(entry.channel());
          }
        }
        if (!uncovered.isEmpty()) {
          issues.add(new Issue("communication-plan-covers-each-forum", id));
        }
      }
    }

    if (profile.county().businessId().isEmpty() && !forums.isEmpty()) {
      issues.add(new Issue("county-convenes-chairs-and-keeps-minutes.no-business-id", profileId));
    }
    // TL-2.1: spread over the year, not bunched
    forums.sort(CHRONOLOGICAL);
    for (int i = 1; i < forums.size(); i++) {
      LocalDate previous = forums.get(i - 1).start().toLocalDate();
      LocalDate next = forums.get(i).start().toLocalDate();
      if (next.isAfter(calendar.latestNextForum(previous))) {
        issues.add(new Issue("forums-spread-over-the-year", forums.get(i).id()));
      } else if (next.isBefore(calendar.earliestNextForum(previous))) {
        issues.add(new Issue("forums-spread-over-the-year.bunched", forums.get(i).id()));
      }
    }
    // TL-2.4: the year serves every goal
    if (!goalsMissed.isEmpty()) {
      issues.add(new Issue("year-serves-every-strategic-goal", yearId));
    }
    // TL-3.2, TL-3.3: the clock and its standing themes
    if (clock == null) {
      issues.add(new Issue("year-has-annual-clock", yearId));
    } else if (!profile.standingThemes().isEmpty()) {
      Set<ThemeKind> missing = EnumSet.copyOf(profile.standingThemes());
      for (ClockTheme theme : clock.themes()) {
        missing.remove(theme.kind());
      }
      if (!missing.isEmpty()) {
        issues.add(new Issue("clock-covers-standing-themes", clockId));
      }
      // a standing theme on the clock that no forum takes up before the day of its latest decision
      Set<ThemeKind> takenUp = EnumSet.noneOf(ThemeKind.class);
      for (ForumEvent forum : forums) {
        for (AgendaItem item : forum.agenda()) {
          ClockTheme theme = clock.theme(item.themeId().orElse("")).orElse(null);
          LocalDate decided = theme == null ? null : latestDecision(clock, theme);
          if (theme != null && (decided == null || forum.start().toLocalDate().isBefore(decided))) {
            takenUp.add(theme.kind());
          }
        }
      }
      for (ClockTheme theme : clock.themes()) {
        if (profile.standingThemes().contains(theme.kind()) && !takenUp.contains(theme.kind())) {
          issues.add(new Issue(latestDecision(clock, theme) == null ? "clock-covers-standing-themes.not-taken-up"
              : "clock-covers-standing-themes.not-taken-up-before-decision", theme.id()));
        }
      }
    }
    checkWorkingGroup(year, profile, yearId, issues);
    // TL-4.2: enough forums, pro-rated to the days the profile is in force; TL-4.4: extras state a reason
    LocalDate from = profile.validFrom().isAfter(firstDay) ? profile.validFrom() : firstDay;
    LocalDate until = profile.validUntil().filter(last -> last.isBefore(lastDay)).orElse(lastDay);
    long days = ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
    int required = until.isBefore(from)
        ? 0 : (int) ((profile.minForumsPerYear() * (ChronoUnit.DAYS.between(from, until) + 1) + days - 1) / days);
    if (forums.size() < required) {
      issues.add(new Issue("enough-forums-a-year", yearId));
    }
    int extra = forums.size() - profile.maxForumsPerYear();
    if (extra > 0 && reasoned < extra) {
      issues.add(new Issue("extra-forums-state-a-reason", yearId));
    }
    // TL-5.1, TL-5.2: the communication plan's channels and partners
    if (plan == null) {
      issues.add(new Issue("communication-plan-covers-each-forum.missing", yearId));
    } else {
      Set<Channel> unused = EnumSet.noneOf(Channel.class);
      unused.addAll(profile.communicationChannels());
      unused.removeAll(plan.channels());
      if (!unused.isEmpty()) {
        issues.add(new Issue("communication-plan-covers-each-forum.channels", clockId));
      }
      for (PartnerRequirement partner : profile.communicationPartners()) {
        if (!anyOfKind(plan.partners(), partner.kind())) {
          issues.add(new Issue("communication-with-regional-partners", clockId));
          break;
        }
      }
    }
    checkProposal(year, profile, yearId, clock != null && dialogueThemes.isEmpty(), clock != null && !dialogueThemes.isEmpty()
        && !dialogueHeld, issues);
    return issues;
  }

  /** The county's own organisation: by business ID when the profile's county has one, else by kind. */
  private static boolean byCounty(PolicyProfile profile, Organisation organisation) {
    if (organisation == null) {
      return false;
    }
    if (profile.county().businessId().isPresent()) {
      return profile.county().businessId().equals(organisation.businessId());
    }
    return organisation.kind() == OrganisationKind.WELLBEING_COUNTY;
  }

  /** The day of the latest decision the theme feeds, or null when it feeds none. */
  private static LocalDate latestDecision(AnnualClock clock, ClockTheme theme) {
    LocalDate latest = null;
    for (Decision decision : clock.decisions()) {
      if (theme.decisionIds().contains(decision.id()) && (latest == null || decision.date().isAfter(latest))) {
        latest = decision.date();
      }
    }
    return latest;
  }

  /** The item's own decision, or else the latest decision of its theme. */
  private static LocalDate decidedOn(AnnualClock clock, AgendaItem item) {
    if (item.decisionPath().isPresent() && item.decisionPath().get().decisionId().isPresent()) {
      String own = item.decisionPath().get().decisionId().get();
      for (Decision decision : clock.decisions()) {
        if (decision.id().equals(own)) {
          return decision.date();
        }
      }
      return null;
    }
    LocalDate latest = null;
    if (item.themeId().isPresent()) {
      for (ClockTheme theme : clock.themes()) {
        if (theme.id().equals(item.themeId().get())) {
          for (String decisionId : theme.decisionIds()) {
            for (Decision decision : clock.decisions()) {
              if (decision.id().equals(decisionId) && (latest == null || decision.date().isAfter(latest))) {
                latest = decision.date();
              }
            }
          }
          break;
        }
      }
    }
    return latest;
  }

  private static boolean tells(Memo memo, String agendaItemId) {
    for (MemoItem told : memo.items()) {
      if (told.agendaItemId().equals(agendaItemId) && !told.decisionHandling().isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static void checkMemo(
      ForumEvent event, Memo memo, Set<String> presenters, boolean memoLate, PolicyProfile profile, List<Issue> issues) {
    String id = event.id();
    if (!memo.coversDiscussion()) {
      issues.add(new Issue("memo-covers-discussion-and-feedback.no-discussion", id));
    }
    if (!memo.coversFeedback()) {
      issues.add(new Issue("memo-covers-discussion-and-feedback.no-feedback", id));
    }
    if (event.feedbackWindow().isPresent()) {
      FeedbackWindow window = event.feedbackWindow().get();
      LocalDateTime done = memo.completedAt().or(memo::publishedAt).orElse(null);
      if (done != null && done.isBefore(window.closesAt())) {
        issues.add(new Issue("memo-covers-discussion-and-feedback.before-feedback-closed", id));
      }
      for (FeedbackComment comment : window.comments()) {
        if (!memo.includedCommentIds().contains(comment.id())) {
          issues.add(new Issue("memo-covers-discussion-and-feedback.comments-left-out", id));
          break;
        }
      }
    }
    if (memo.publishedAt().isPresent() || memoLate) {
      if (profile.boards().isEmpty()) {
        if (!delivered(memo, RecipientKind.BOARD, null)) {
          issues.add(new Issue("memo-delivered-to-boards-and-presenters.any-board", id));
        }
      } else {
        for (String board : profile.boards()) {
          if (!delivered(memo, RecipientKind.BOARD, board)) {
            issues.add(new Issue("memo-delivered-to-boards-and-presenters.board", id));
          }
        }
      }
      if (!delivered(memo, RecipientKind.REGIONAL_BOARD, null)) {
        issues.add(new Issue("memo-delivered-to-boards-and-presenters.regional-board", id));
      }
      for (String presenter : presenters) {
        if (!delivered(memo, RecipientKind.PRESENTER, presenter)) {
          issues.add(new Issue("memo-delivered-to-boards-and-presenters.presenter", id));
        }
      }
    }
    if (memo.reviewedAt().isPresent() && memo.completedAt().isPresent()
        && memo.reviewedAt().get().isBefore(memo.completedAt().get())) {
      issues.add(new Issue("working-group-reviews-memo-before-publication.before-completion", id));
    }
    if (memo.publishedAt().isPresent()) {
      if (memo.reviewedAt().isEmpty()) {
        issues.add(new Issue("working-group-reviews-memo-before-publication.unreviewed", id));
      } else if (memo.reviewedAt().get().isAfter(memo.publishedAt().get())) {
        issues.add(new Issue("working-group-reviews-memo-before-publication", id));
      }
    }
  }

  private static boolean delivered(Memo memo, RecipientKind kind, String recipient) {
    for (MemoDelivery delivery : memo.deliveries()) {
      if (delivery.recipientKind() == kind && (recipient == null || delivery.recipient().equals(recipient))) {
        return true;
      }
    }
    return false;
  }

  /** TL-3.4, TL-3.5, TL-3.6. */
  private static void checkWorkingGroup(ForumYear year, PolicyProfile profile, String yearId, List<Issue> issues) {
    if (year.workingGroup().isEmpty()) {
      issues.add(new Issue("working-group-with-provider-representatives.missing", yearId));
      return;
    }
    WorkingGroup group = year.workingGroup().get();
    String groupId = group.termStart().toString();
    LocalDate firstDay = LocalDate.of(year.year(), 1, 1);
    LocalDate lastDay = LocalDate.of(year.year(), 12, 31);
    boolean providerThisYear = false;
    Set<String> subRegions = new HashSet<>(profile.county().subRegions());
    Set<SizeClass> sizes = EnumSet.allOf(SizeClass.class);
    Set<String> divisions = new HashSet<>(CARE_DIVISIONS);
    for (WorkingGroupMember member : group.members()) {
      if (member.role() != MemberRole.COUNTY) {
        member.subRegion().ifPresent(subRegions::remove);
      }
      if (member.role() == MemberRole.PROVIDER_REPRESENTATIVE) {
        providerThisYear |= !member.memberFrom().isAfter(lastDay) && !member.memberUntil().isBefore(firstDay);
        member.sizeClass().ifPresent(sizes::remove);
        member.industryCode().filter(code -> code.length() >= 2).ifPresent(code -> divisions.remove(code.substring(0, 2)));
      }
      if (member.memberFrom().isBefore(group.termStart()) || member.memberUntil().isAfter(group.termEnd())) {
        issues.add(new Issue("working-group-term-is-council-term.member-outside", groupId));
      }
    }
    if (!providerThisYear) {
      issues.add(new Issue("working-group-with-provider-representatives", groupId));
    }
    if (!subRegions.isEmpty()) {
      issues.add(new Issue("working-group-represents-providers.sub-regions", groupId));
    }
    if (!sizes.isEmpty()) {
      issues.add(new Issue("working-group-represents-providers.sizes", groupId));
    }
    if (!KNOWN_CLASSIFICATIONS.contains(profile.industryClassification())) {
      issues.add(new Issue("working-group-represents-providers.unknown-classification", groupId));
    } else if (!divisions.isEmpty()) {
      issues.add(new Issue("working-group-represents-providers.industries", groupId));
    }
    if (group.termStart().isBefore(CouncilTerm.FIRST_START)) {
      issues.add(new Issue("working-group-term-is-council-term.not-a-term", groupId));
    } else {
      CouncilTerm term = CouncilTerm.containing(group.termStart());
      if (!term.start().equals(group.termStart()) || !term.end().equals(group.termEnd())) {
        issues.add(new Issue("working-group-term-is-council-term.not-a-term", groupId));
      }
    }
    if (group.termEnd().isBefore(firstDay) || group.termStart().isAfter(lastDay)) {
      issues.add(new Issue("working-group-term-is-council-term.not-current", groupId));
    }
  }

  /** KE-1 … KE-5, where the profile adopts them. */
  private static void checkProposal(ForumYear year, PolicyProfile profile, String yearId, boolean noDialogueTheme,
      boolean noDialogueBeforePlan, List<Issue> issues) {
    String clockId = Integer.toString(year.year());
    if (profile.adopts("KE-1") && !anyOfKind(year.permanentMembers(), OrganisationKind.ENTREPRENEUR_ORGANISATION)) {
      issues.add(new Issue("entrepreneur-organisations-are-permanent-members", yearId));
    }
    if (profile.adopts("KE-2") && noDialogueTheme) {
      issues.add(new Issue("procurement-dialogue-before-the-plan.no-theme", clockId));
    } else if (profile.adopts("KE-2") && noDialogueBeforePlan) {
      issues.add(new Issue("procurement-dialogue-before-the-plan", clockId));
    }
    if (profile.adopts("KE-3")) {
      if (year.playbook().isEmpty()) {
        issues.add(new Issue("joint-partnership-playbook.missing", yearId));
      } else {
        Playbook playbook = year.playbook().get();
        if (!playbook.sections().containsAll(EnumSet.allOf(PlaybookSection.class))) {
          issues.add(new Issue("joint-partnership-playbook.sections", playbook.title()));
        }
        if (!kindsCovered(playbook.authors())) {
          issues.add(new Issue("joint-partnership-playbook.authors", playbook.title()));
        }
      }
    }
    PartnershipAgreement agreement = year.partnershipAgreement().orElse(null);
    if (profile.adopts("KE-4")) {
      if (agreement == null) {
        issues.add(new Issue("written-partnership-agreement.missing", yearId));
      } else {
        if (!agreement.written()) {
          issues.add(new Issue("written-partnership-agreement.not-written", agreement.title()));
        }
        if (agreement.sharedGoals().isEmpty()) {
          issues.add(new Issue("written-partnership-agreement.no-goals", agreement.title()));
        }
        List<Organisation> signed = new ArrayList<>();
        for (Organisation party : agreement.parties()) {
          for (Signature signature : agreement.signatures()) {
            if (signature.party().equals(party.name())) {
              signed.add(party);
              break;
            }
          }
        }
        if (!kindsCovered(signed)) {
          issues.add(new Issue("written-partnership-agreement", agreement.title()));
        }
      }
    }
    if (profile.adopts("KE-5")) {
      if (agreement == null) {
        if (!profile.adopts("KE-4")) {
          issues.add(new Issue("vitality-pledge-recorded.no-agreement", yearId));
        }
      } else if (agreement.vitalityPledge().isEmpty() || agreement.vitalityPledge().get().parties().isEmpty()) {
        issues.add(new Issue("vitality-pledge-recorded", agreement.title()));
      }
    }
  }

  private static boolean anyOfKind(List<Organisation> organisations, OrganisationKind kind) {
    for (Organisation organisation : organisations) {
      if (organisation.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  private static boolean kindsCovered(List<Organisation> organisations) {
    Set<OrganisationKind> missing = EnumSet.copyOf(PARTNERSHIP_KINDS);
    for (Organisation organisation : organisations) {
      missing.remove(organisation.kind());
    }
    return missing.isEmpty();
  }
}
