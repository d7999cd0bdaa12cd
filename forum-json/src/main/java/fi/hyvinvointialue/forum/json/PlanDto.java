package fi.hyvinvointialue.forum.json;

import static fi.hyvinvointialue.forum.json.YearDtos.list;

import com.fasterxml.jackson.annotation.JsonProperty;
import fi.hyvinvointialue.forum.domain.CommunicationPlan;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableAnnualClock;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.Organisation;
import fi.hyvinvointialue.forum.domain.PartnershipAgreement;
import fi.hyvinvointialue.forum.domain.Playbook;
import fi.hyvinvointialue.forum.domain.WorkingGroup;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.json.YearDtos.ClockDto;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The plan file: its format version, the stored version it was edited from (when it was exported from
 * storage), the profile (a reference or embedded), and the year's fields at the top level.
 * {@code $schema} lets JSON editors find the schema; it is not kept.
 */
record PlanDto(
    @JsonProperty("$schema") @Omittable String schema,
    int formatVersion,
    @Omittable @AtLeast(1) Integer baseVersion,
    @Omittable PolicyProfile profile,
    String countyId,
    int year,
    @Omittable ClockDto clock,
    List<ForumEvent> events,
    @Omittable WorkingGroup workingGroup,
    @Omittable CommunicationPlan communicationPlan,
    List<Organisation> permanentMembers,
    @Omittable PartnershipAgreement partnershipAgreement,
    @Omittable Playbook playbook) {
  static final int FORMAT_VERSION = 1;

  static PlanDto of(Plan plan) {
    ForumYear year = plan.year();
    Integer baseVersion = plan.baseVersion().isPresent() ? Math.toIntExact(plan.baseVersion().getAsLong()) : null;
    return new PlanDto(null, FORMAT_VERSION, baseVersion, plan.profile(), year.countyId(), year.year(),
        year.clock().map(clock -> new ClockDto(clock.themes(), clock.decisions())).orElse(null), year.events(),
        year.workingGroup().orElse(null), year.communicationPlan().orElse(null), year.permanentMembers(),
        year.partnershipAgreement().orElse(null), year.playbook().orElse(null));
  }

  Plan toDomain() {
    return new Plan(toYear(), profileFor(countyId),
        baseVersion == null ? OptionalLong.empty() : OptionalLong.of(baseVersion));
  }

  /** The year alone, for a reader that keeps the profile elsewhere (a stored year's document). */
  ForumYear toYear() {
    if (formatVersion != FORMAT_VERSION) {
      throw new InvalidField("formatVersion",
          "format version " + formatVersion + " is not supported; this version of forum-policy reads " + FORMAT_VERSION);
    }
    return ImmutableForumYear.builder()
        .countyId(countyId)
        .year(year)
        .clock(Optional.ofNullable(clock).map(clock -> ImmutableAnnualClock.builder()
            .year(year).addAllThemes(list(clock.themes())).addAllDecisions(list(clock.decisions())).build()))
        .addAllEvents(list(events))
        .workingGroup(Optional.ofNullable(workingGroup))
        .communicationPlan(Optional.ofNullable(communicationPlan))
        .addAllPermanentMembers(list(permanentMembers))
        .partnershipAgreement(Optional.ofNullable(partnershipAgreement))
        .playbook(Optional.ofNullable(playbook))
        .build();
  }

  private PolicyProfile profileFor(String countyId) {
    if (profile == null) {
      if (!countyId.equals(KeskiSuomi.COUNTY_ID)) {
        throw new InvalidField("profile",
            "missing: a plan for county '" + countyId + "' embeds its policy profile (only "
                + KeskiSuomi.COUNTY_ID + " has one built in)");
      }
      return KeskiSuomi.profile();
    }
    if (!profile.county().id().equals(countyId)) {
      throw new InvalidField("profile",
          "the profile is for county '" + profile.county().id() + "', the plan for '" + countyId + "'");
    }
    return profile;
  }
}
