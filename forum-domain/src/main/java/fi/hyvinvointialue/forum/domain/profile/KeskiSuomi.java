package fi.hyvinvointialue.forum.domain.profile;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.OrganisationKind;
import fi.hyvinvointialue.forum.domain.ThemeKind;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

/**
 * The default county: Keski-Suomen hyvinvointialue, its reference data and its policy profile as
 * the regional board's policy (toimintalinjaus) states it. Sources: shared/policy/REFERENCE-DATA.md.
 */
public final class KeskiSuomi {
  public static final String COUNTY_ID = "keski-suomi";

  /** Sub-regions (seutukunnat) and their municipalities; Petäjävesi is in Jyväskylä's (older sources: Keuruu's). */
  private static final ImmutableListMultimap<String, String> SUB_REGIONS =
      ImmutableListMultimap.<String, String>builder()
          .putAll("Jyväskylä", "Hankasalmi", "Jyväskylä", "Laukaa", "Muurame", "Petäjävesi", "Toivakka", "Uurainen")
          .putAll("Joutsa", "Joutsa", "Luhanka")
          .putAll("Jämsä", "Jämsä")
          .putAll("Keuruu", "Keuruu", "Multia")
          .putAll("Äänekoski", "Äänekoski", "Konnevesi")
          .putAll("Saarijärvi–Viitasaari", "Kannonkoski", "Karstula", "Kinnula", "Kivijärvi", "Kyyjärvi",
              "Pihtipudas", "Saarijärvi", "Viitasaari")
          .build();

  private static final County COUNTY =
      ImmutableCounty.builder()
          .id(COUNTY_ID)
          .name(LocalizedText.of(
              "Keski-Suomen hyvinvointialue",
              "Mellersta Finlands välfärdsområde",
              "Wellbeing services county of Central Finland"))
          .addAllLanguages(ImmutableList.of(Locale.forLanguageTag("fi")))
          .addAllMunicipalities(
              SUB_REGIONS.entries().stream()
                  .map(entry -> Municipality.of(entry.getValue(), entry.getKey()))
                  .collect(ImmutableList.toImmutableList()))
          .build();

  private static final PolicyProfile PROFILE =
      ImmutablePolicyProfile.builder()
          .id(COUNTY_ID)
          // 2026.1: the boards (I-16), the record deadlines (I-5), the smallest gap (I-22) and the summer break
          .version("2026.1")
          .county(COUNTY)
          // The policy text is undated; the forum first met 22.10.2025. Set these from the
          // regional board's minutes when a county records them.
          .validFrom(LocalDate.of(2025, 1, 1))
          .approval(
              ImmutableApproval.builder()
                  .body("Keski-Suomen hyvinvointialueen aluehallitus")
                  .byRegionalBoard(true)
                  .build())
          .minForumsPerYear(3)
          .maxForumsPerYear(6)
          .publicationLeadDays(7)
          .addAllRequiredMaterials(ImmutableSet.copyOf(MaterialKind.values()))
          .publicationChannel(Channel.WEBSITE)
          .addAllAnnouncementChannels(ImmutableSet.of(Channel.NEWSLETTER, Channel.WEBSITE))
          .feedbackMinDays(7)
          .recordingAvailableDays(14)
          // The policy sets no deadline for the record (INTERPRETATIONS.md, I-5); the county's practice:
          // the recording is up within a week, so its 14 days and the 14 days the Act on the Provision
          // of Digital Services gives for captions both run while the forum is fresh, and the memo
          // reaches the boards within three weeks of the comments closing (drafting, the working
          // group's review, publication), in time for the next monthly board meeting.
          .recordingPublicationDays(7)
          .memoDeliveryDays(21)
          .addAllCommunicationChannels(ImmutableSet.of(Channel.NEWSLETTER, Channel.WEBSITE, Channel.SOCIAL_MEDIA))
          .addAllCommunicationPartners(
              ImmutableList.of(
                  PartnerRequirement.of(OrganisationKind.ENTREPRENEUR_ORGANISATION, "Keski-Suomen Yrittäjät"),
                  PartnerRequirement.of(OrganisationKind.CHAMBER_OF_COMMERCE, "Keski-Suomen kauppakamari"),
                  PartnerRequirement.of(OrganisationKind.MUNICIPALITY, "Keski-Suomen kunnat"),
                  PartnerRequirement.of(OrganisationKind.REGIONAL_COUNCIL, "Keski-Suomen liitto")))
          .addAllStandingThemes(
              ImmutableSet.of(
                  ThemeKind.BUDGET,
                  ThemeKind.PROCUREMENT_PLAN,
                  ThemeKind.VOUCHER_RULEBOOK_GENERAL_PART,
                  ThemeKind.STRATEGY_AND_FUTURE,
                  ThemeKind.WELFARE_REPORT_AND_PLAN))
          // The boards (lautakunnat) of the council term from 2025 (REFERENCE-DATA.md: two boards since the
          // March 2025 decision); both prepare and decide service matters, so both receive every memo (I-16).
          .addBoards("hyvinvoinnin ja terveyden lautakunta", "turvallisuuslautakunta")
          .regionalBoard("aluehallitus")
          .maxDaysBetweenForums(150)
          // Three weeks: the feedback of one forum (a week, TL-4.6), its memo drafted and reviewed by the
          // working group (a week, TL-4.10), and the next forum's materials out a week ahead (TL-4.1), so the
          // next forum can build on the last one's memo. Closer forums are bunched, not a regular channel
          // (INTERPRETATIONS.md, I-22).
          .minDaysBetweenForums(21)
          .decisionMarginDays(7)
          .personalDataRetention(Period.ofYears(1))
          .industryClassification("TOL 2008")
          .build();

  private KeskiSuomi() {}

  public static County county() {
    return COUNTY;
  }

  /** The profile in force: the policy as approved, the proposal (KE) not adopted. */
  public static PolicyProfile profile() {
    return PROFILE;
  }

  /** The profile with the strategic partnership proposal (KE-1 … KE-5) adopted. */
  public static PolicyProfile profileWithPartnership() {
    return ImmutablePolicyProfile.copyOf(PROFILE)
        .withVersion(PROFILE.version() + "+KE")
        .withAdoptedProposalClauses("KE-1", "KE-2", "KE-3", "KE-4", "KE-5");
  }
}
