package fi.hyvinvointialue.forum.json;

import static fi.hyvinvointialue.forum.json.YearDtos.list;

import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.OrganisationKind;
import fi.hyvinvointialue.forum.domain.ThemeKind;
import fi.hyvinvointialue.forum.domain.profile.Approval;
import fi.hyvinvointialue.forum.domain.profile.County;
import fi.hyvinvointialue.forum.domain.profile.ImmutableApproval;
import fi.hyvinvointialue.forum.domain.profile.ImmutableCounty;
import fi.hyvinvointialue.forum.domain.profile.ImmutablePolicyProfile;
import fi.hyvinvointialue.forum.domain.profile.LocalizedText;
import fi.hyvinvointialue.forum.domain.profile.Municipality;
import fi.hyvinvointialue.forum.domain.profile.PartnerRequirement;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The plan file's shape for an embedded policy profile, one record per profile value. */
final class ProfileDtos {
  private ProfileDtos() {}

  record LocalizedTextDto(String fi, String sv, String en) {
    static LocalizedTextDto of(LocalizedText value) {
      return new LocalizedTextDto(value.fi(), value.sv(), value.en());
    }

    LocalizedText toDomain() {
      return LocalizedText.of(fi, sv, en);
    }
  }

  record MunicipalityDto(String name, String subRegion) {
    static MunicipalityDto of(Municipality value) {
      return new MunicipalityDto(value.name(), value.subRegion());
    }

    Municipality toDomain() {
      return Municipality.of(name, subRegion);
    }
  }

  /** Languages as BCP 47 tags ({@code fi}, {@code sv}), whatever the JVM's locale. */
  record CountyDto(String id, LocalizedText name, @Omittable String businessId, List<String> languages,
      List<Municipality> municipalities) {
    static CountyDto of(County value) {
      return new CountyDto(value.id(), value.name(), value.businessId().orElse(null),
          value.languages().stream().map(Locale::toLanguageTag).collect(Collectors.toList()), value.municipalities());
    }

    County toDomain() {
      return ImmutableCounty.builder().id(id).name(name).businessId(Optional.ofNullable(businessId))
          .addAllLanguages(list(languages).stream().map(ProfileDtos::language).collect(Collectors.toList()))
          .addAllMunicipalities(list(municipalities)).build();
    }
  }

  private static Locale language(String tag) {
    Locale language = Locale.forLanguageTag(tag);
    if (language.getLanguage().isEmpty()) {
      throw new IllegalArgumentException("'" + tag + "' is not a language tag such as fi or sv");
    }
    return language;
  }

  record ApprovalDto(String body, @Omittable LocalDate approvedOn, @Omittable String reference, boolean byRegionalBoard) {
    static ApprovalDto of(Approval value) {
      return new ApprovalDto(value.body(), value.approvedOn().orElse(null), value.reference().orElse(null),
          value.byRegionalBoard());
    }

    Approval toDomain() {
      return ImmutableApproval.builder().body(body).approvedOn(Optional.ofNullable(approvedOn))
          .reference(Optional.ofNullable(reference)).byRegionalBoard(byRegionalBoard).build();
    }
  }

  record PartnerRequirementDto(OrganisationKind kind, String description) {
    static PartnerRequirementDto of(PartnerRequirement value) {
      return new PartnerRequirementDto(value.kind(), value.description());
    }

    PartnerRequirement toDomain() {
      return PartnerRequirement.of(kind, description);
    }
  }

  /** Profiles written before TL-2.1's shortest gap was a parameter ask for none. */
  private static final int NO_MINIMUM = 0;

  record PolicyProfileDto(
      String id,
      String version,
      County county,
      LocalDate validFrom,
      @Omittable LocalDate validUntil,
      @Omittable Approval approval,
      int minForumsPerYear,
      int maxForumsPerYear,
      int publicationLeadDays,
      List<MaterialKind> requiredMaterials,
      Channel publicationChannel,
      List<Channel> announcementChannels,
      int feedbackMinDays,
      int recordingAvailableDays,
      @Omittable Integer recordingPublicationDays,
      @Omittable Integer memoDeliveryDays,
      @Omittable String summerBreakUntil,
      List<Channel> communicationChannels,
      List<PartnerRequirement> communicationPartners,
      List<ThemeKind> standingThemes,
      List<String> boards,
      String regionalBoard,
      int maxDaysBetweenForums,
      @Omittable Integer minDaysBetweenForums,
      int decisionMarginDays,
      Period personalDataRetention,
      List<String> adoptedProposalClauses,
      String industryClassification) {
    static PolicyProfileDto of(PolicyProfile value) {
      return new PolicyProfileDto(value.id(), value.version(), value.county(), value.validFrom(),
          value.validUntil().orElse(null), value.approval().orElse(null), value.minForumsPerYear(),
          value.maxForumsPerYear(), value.publicationLeadDays(), List.copyOf(value.requiredMaterials()),
          value.publicationChannel(), List.copyOf(value.announcementChannels()), value.feedbackMinDays(),
          value.recordingAvailableDays(), value.recordingPublicationDays(), value.memoDeliveryDays(),
          value.summerBreakUntil().toString(), List.copyOf(value.communicationChannels()), value.communicationPartners(),
          List.copyOf(value.standingThemes()), value.boards(), value.regionalBoard(), value.maxDaysBetweenForums(),
          value.minDaysBetweenForums(), value.decisionMarginDays(), value.personalDataRetention(),
          List.copyOf(value.adoptedProposalClauses()), value.industryClassification());
    }

    /** The summer break's last day as ISO-8601 writes a day of the year, {@code --08-15}. */
    private static MonthDay monthDay(String text) {
      try {
        return MonthDay.parse(text);
      } catch (DateTimeParseException notADay) {
        throw new InvalidField("summerBreakUntil", "'" + text + "' is not a day of the year such as --08-15 (15 August)");
      }
    }

    /**
     * The county's record deadlines (I-5) and the summer break are optional in a file: left out, the
     * profile's defaults apply.
     */
    PolicyProfile toDomain() {
      ImmutablePolicyProfile.Builder profile = ImmutablePolicyProfile.builder();
      Optional.ofNullable(recordingPublicationDays).ifPresent(profile::recordingPublicationDays);
      Optional.ofNullable(memoDeliveryDays).ifPresent(profile::memoDeliveryDays);
      Optional.ofNullable(summerBreakUntil).map(PolicyProfileDto::monthDay).ifPresent(profile::summerBreakUntil);
      return profile.id(id).version(version).county(county).validFrom(validFrom)
          .validUntil(Optional.ofNullable(validUntil)).approval(Optional.ofNullable(approval))
          .minForumsPerYear(minForumsPerYear).maxForumsPerYear(maxForumsPerYear)
          .publicationLeadDays(publicationLeadDays).addAllRequiredMaterials(list(requiredMaterials))
          .publicationChannel(publicationChannel).addAllAnnouncementChannels(list(announcementChannels))
          .feedbackMinDays(feedbackMinDays).recordingAvailableDays(recordingAvailableDays)
          .addAllCommunicationChannels(list(communicationChannels))
          .addAllCommunicationPartners(list(communicationPartners)).addAllStandingThemes(list(standingThemes))
          .addAllBoards(list(boards)).regionalBoard(regionalBoard).maxDaysBetweenForums(maxDaysBetweenForums)
          .minDaysBetweenForums(minDaysBetweenForums == null ? NO_MINIMUM : minDaysBetweenForums)
          .decisionMarginDays(decisionMarginDays)
          .personalDataRetention(personalDataRetention)
          .addAllAdoptedProposalClauses(list(adoptedProposalClauses)).industryClassification(industryClassification)
          .build();
    }
  }
}
