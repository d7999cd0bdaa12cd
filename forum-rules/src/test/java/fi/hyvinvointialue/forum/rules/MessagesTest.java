package fi.hyvinvointialue.forum.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.AnnualClock;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableAgendaItem;
import fi.hyvinvointialue.forum.domain.ImmutableAnnualClock;
import fi.hyvinvointialue.forum.domain.ImmutableClockTheme;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableRemoteConnection;
import fi.hyvinvointialue.forum.domain.ImmutableVenue;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableWorkingGroup;
import fi.hyvinvointialue.forum.domain.ImmutableWorkingGroupMember;
import fi.hyvinvointialue.forum.domain.RecipientKind;
import fi.hyvinvointialue.forum.domain.WorkingGroupMember;
import fi.hyvinvointialue.forum.domain.profile.ImmutablePolicyProfile;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Findings;
import fi.hyvinvointialue.forum.rules.core.ImmutableFinding;
import fi.hyvinvointialue.forum.rules.core.Messages;
import fi.hyvinvointialue.forum.rules.core.Severity;
import fi.hyvinvointialue.forum.rules.core.Subject;
import fi.hyvinvointialue.forum.rules.core.SubjectKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
  private static final Pattern RULE_ID = Pattern.compile("super\\(\"([a-z-]+)\", \"");
  private static final Pattern VARIANT = Pattern.compile("[fF]inding\\(\"([a-z-]+)\"");
  private static final Path SOURCES = Path.of("src", "main", "java", "fi", "hyvinvointialue", "forum", "rules");
  private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"), Locale.ENGLISH);

  private static Properties bundle(String suffix) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream("messages" + suffix + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static Set<String> placeholders(String template) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(template);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /** Every message key the rules' source can produce: the rule id and each {@code finding("variant", ...)}. */
  private static Set<String> keysInTheSource() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES).filter(Files::isRegularFile)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Matcher id = RULE_ID.matcher(source);
        if (!id.find()) {
          continue;
        }
        if (source.contains("finding(Severity.")) {
          keys.add(id.group(1));
        }
        Matcher variant = VARIANT.matcher(source);
        while (variant.find()) {
          keys.add(id.group(1) + "." + variant.group(1));
        }
      }
    }
    return keys;
  }

  @Test
  void theThreeBundlesHaveTheSameKeysAndPlaceholders() throws IOException {
    Properties finnish = bundle("");
    for (String suffix : List.of("_sv", "_en")) {
      Properties other = bundle(suffix);
      assertEquals(new TreeSet<>(finnish.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()), suffix);
      for (String key : finnish.stringPropertyNames()) {
        assertEquals(placeholders(finnish.getProperty(key)), placeholders(other.getProperty(key)), suffix + " " + key);
      }
    }
  }

  @Test
  void everyKeyTheRulesUseHasATemplateAndEveryTemplateIsUsed() throws IOException {
    Set<String> used = keysInTheSource();
    assertFalse(used.isEmpty());
    assertEquals(new TreeSet<>(bundle("").stringPropertyNames()), used);
  }

  /** Findings of every message key: those of every fault, and those only special years or profiles give. */
  private static List<Finding> corpus() {
    List<Finding> findings = new ArrayList<>();
    for (Fault fault : Faults.ALL) {
      findings.addAll(PolicyCheck.standard().check(fault.apply(FaultsTest.sample(fault)), FaultsTest.profile(fault),
          Plans.LONG_AFTER).findings());
    }
    ForumYear year = SampleYears.keskiSuomi(2026);
    PolicyProfile profile = KeskiSuomi.profile();
    ImmutablePolicyProfile editable = ImmutablePolicyProfile.copyOf(profile);
    ForumYear noBoard = Plans.withEarliestForum(year, Plans.memo(memo -> memo.withDeliveries(
        Plans.deliveriesExcept(memo, delivery -> delivery.recipientKind() == RecipientKind.BOARD))));
    ForumYear unlisted = Plans.withEarliestForum(year, event -> ImmutableForumEvent.copyOf(event).withParticipants());
    ForumYear group2025In2030 = ImmutableForumYear.copyOf(SampleYears.keskiSuomi(2030)).withWorkingGroup(SampleYears.workingGroup());
    ForumYear noAgreement = ImmutableForumYear.copyOf(SampleYears.keskiSuomiWithPartnership(2026))
        .withPartnershipAgreement(Optional.empty());
    ForumYear onlyHealth = ImmutableForumYear.copyOf(year).withWorkingGroup(ImmutableWorkingGroup.copyOf(
        year.workingGroup().orElseThrow()).withMembers(year.workingGroup().orElseThrow().members().stream()
        .map(member -> (WorkingGroupMember) ImmutableWorkingGroupMember.copyOf(member).withIndustryCode("86210")
            .withSizeClass(Optional.empty()))
        .collect(Collectors.toList())));
    AnnualClock clock = year.clock().orElseThrow();
    ForumYear rulebooksUndecidedAndUntaken = Plans.withEvent(ImmutableForumYear.copyOf(year).withClock(ImmutableAnnualClock
        .copyOf(clock).withThemes(clock.themes().stream().map(theme -> theme.id().equals(SampleYears.VOUCHERS)
            ? ImmutableClockTheme.copyOf(theme).withDecisionIds() : theme).collect(Collectors.<ClockTheme>toList()))),
        "foorumi-2026-3", Plans.agendaItem(1, item -> ImmutableAgendaItem.copyOf(item).withThemeId(SampleYears.BUDGET)));
    findings.addAll(PolicyCheck.standard().check(rulebooksUndecidedAndUntaken, profile, Plans.LONG_AFTER).findings());
    findings.addAll(PolicyCheck.standard().check(noBoard, editable.withBoards(), Plans.LONG_AFTER).findings());
    findings.addAll(PolicyCheck.standard().check(unlisted, profile, Instant.parse("2026-01-01T00:00:00Z")).findings());
    findings.addAll(PolicyCheck.standard().check(group2025In2030, profile, Plans.LONG_AFTER).findings());
    findings.addAll(PolicyCheck.standard().check(noAgreement, editable.withAdoptedProposalClauses("KE-5"), Plans.LONG_AFTER)
        .findings());
    findings.addAll(PolicyCheck.standard().check(onlyHealth, profile, Plans.LONG_AFTER).findings());
    ForumYear venueToConfirm = Plans.withEarliestForum(year, event -> ImmutableForumEvent.copyOf(event)
        .withVenue(ImmutableVenue.copyOf(event.venue().orElseThrow()).withPlaceholder(true)));
    ForumYear bothToConfirm = Plans.withEvents(venueToConfirm, event -> true, event -> ImmutableForumEvent.copyOf(event)
        .withRemoteConnection(ImmutableRemoteConnection.copyOf(event.remoteConnection().orElseThrow()).withPlaceholder(true)));
    findings.addAll(PolicyCheck.standard().check(venueToConfirm, profile, Plans.LONG_AFTER).findings());
    findings.addAll(PolicyCheck.standard().check(bothToConfirm, profile, Plans.LONG_AFTER).findings());
    findings.addAll(PolicyCheck.standard().check(year, editable.withBoards("turvallisuuslautakunta")
        .withIndustryClassification("NACE 3").withValidFrom(LocalDate.of(2026, 7, 1)), Plans.LONG_AFTER).findings());
    return findings;
  }

  @Test
  void everyKeyIsRenderedWithEveryPlaceholderFilledInAllThreeLanguages() throws IOException {
    Set<String> rendered = new TreeSet<>();
    for (Finding finding : corpus()) {
      rendered.add(finding.messageKey());
      for (Locale language : LANGUAGES) {
        String message = finding.message(language);
        assertNotEquals(finding.messageKey(), message, language + " " + finding.messageKey());
        assertFalse(message.contains("{"), language + " " + finding.messageKey() + ": " + message);
      }
    }
    assertEquals(new TreeSet<>(bundle("").stringPropertyNames()), rendered);
  }

  @Test
  void finnishIsTheBaseAndOtherLanguagesFallBackToIt() {
    Finding finding = ImmutableFinding.builder().clauseId("TL-4.5").ruleId("on-site-and-remote")
        .messageKey("on-site-and-remote.no-venue").severity(Severity.VIOLATION)
        .subject(Subject.of(SubjectKind.EVENT, "foorumi")).putAllFacts(ImmutableMap.of("start", "2026-03-11")).build();
    assertEquals("Foorumille 2026-03-11 ei voi osallistua paikan päällä: tapahtumapaikka puuttuu.",
        finding.message(Locale.forLanguageTag("fi")));
    assertEquals(finding.message(Locale.forLanguageTag("fi")), finding.message(Locale.GERMAN));
    assertEquals("Man kan inte delta på plats i forumet 2026-03-11: platsen saknas.", finding.message(Locale.forLanguageTag("sv-FI")));
    assertEquals("The forum of 2026-03-11 cannot be attended on site: it has no venue.", finding.message(Locale.UK));
  }

  @Test
  void theSampleYearsNoticeReadsWell() {
    Finding notice = PolicyCheck.standard().check(SampleYears.keskiSuomi(2026), KeskiSuomi.profile(), Plans.LONG_AFTER)
        .findings().get(0);
    assertEquals("Toimintalinjauksen profiilin keski-suomi (versio 2026.1) hyväksyjä on Keski-Suomen hyvinvointialueen "
        + "aluehallitus, mutta hyväksymispäivää ei ole kirjattu.", notice.message(Locale.forLanguageTag("fi")));
  }
}
