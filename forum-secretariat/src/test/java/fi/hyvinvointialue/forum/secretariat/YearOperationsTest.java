package fi.hyvinvointialue.forum.secretariat;

import static fi.hyvinvointialue.forum.secretariat.Desk.SECRETARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableAnnualClock;
import fi.hyvinvointialue.forum.domain.ImmutableRegistration;
import fi.hyvinvointialue.forum.domain.Organisation;
import fi.hyvinvointialue.forum.domain.OrganisationKind;
import fi.hyvinvointialue.forum.domain.PartnershipAgreement;
import fi.hyvinvointialue.forum.domain.Registration;
import fi.hyvinvointialue.forum.domain.Signature;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The year-level records: the clock replanned, the partnership documents, registrations. */
class YearOperationsTest {
  /** The sample's signing day: the pledge, given no date, is dated today. */
  private final Desk desk = new Desk(LocalDateTime.of(2026, 2, 2, 10, 0));
  private final Secretariat secretariat = desk.secretariat;
  private final ForumYear sample = SampleYears.keskiSuomiWithPartnership(2026);

  @Test
  void thePartnershipDocumentsAreRegisteredSignedAndPledgedPieceByPiece() {
    PartnershipAgreement agreement = sample.partnershipAgreement().orElseThrow();
    register(agreement.title());
    for (Signature signature : agreement.signatures()) {
      secretariat.recordSignature(ImmutableRecordSignature.builder().year(2026).expectedVersion(desk.version())
          .actor(SECRETARY).requestId(desk.id()).signature(signature).build());
    }
    secretariat.recordPledge(ImmutableRecordPledge.builder().year(2026).expectedVersion(desk.version()).actor(SECRETARY)
        .requestId(desk.id()).addAllParties(agreement.vitalityPledge().orElseThrow().parties()).build());
    secretariat.registerPlaybook(ImmutableRegisterPlaybook.builder().year(2026).expectedVersion(desk.version())
        .actor(SECRETARY).requestId(desk.id()).playbook(sample.playbook().orElseThrow()).build());
    Outcome outcome = secretariat.setPermanentMembers(ImmutableSetPermanentMembers.builder().year(2026)
        .expectedVersion(desk.version()).actor(SECRETARY).requestId(desk.id()).addAllMembers(sample.permanentMembers())
        .build());

    assertEquals(sample.partnershipAgreement(), outcome.year().partnershipAgreement());
    assertEquals(sample.playbook(), outcome.year().playbook());
    assertEquals(sample.permanentMembers(), outcome.year().permanentMembers());

    Outcome retitled = register("Kumppanuussopimus, tarkistettu");

    assertEquals(agreement.signatures(), retitled.year().partnershipAgreement().orElseThrow().signatures());
    assertEquals(agreement.vitalityPledge(), retitled.year().partnershipAgreement().orElseThrow().vitalityPledge());
    assertEquals("Kumppanuussopimus, tarkistettu", retitled.year().partnershipAgreement().orElseThrow().title());
  }

  @Test
  void replanningReplacesTheClockAndAddsTheNewDates() {
    secretariat.planYear(ImmutablePlanYear.builder().year(2026).expectedVersion(0).actor(SECRETARY).requestId(desk.id())
        .clock(SampleYears.clock(2026)).addEvents(Desk.openForum("foorumi-2026-1", SampleYears.at(2026, 3, 11))).build());
    ImmutableAnnualClock fewerThemes = ImmutableAnnualClock.copyOf(SampleYears.clock(2026))
        .withThemes(SampleYears.clock(2026).themes().subList(0, 2));

    Outcome replanned = secretariat.planYear(ImmutablePlanYear.builder().year(2026).expectedVersion(1).actor(SECRETARY)
        .requestId(desk.id()).clock(fewerThemes).addEvents(Desk.openForum("foorumi-2026-2", SampleYears.at(2026, 5, 13)))
        .build());

    assertEquals(fewerThemes, replanned.year().clock().orElseThrow());
    assertEquals(ImmutableList.of("foorumi-2026-1", "foorumi-2026-2"),
        replanned.year().events().stream().map(event -> event.id()).collect(ImmutableList.toImmutableList()));
  }

  @Test
  void aLaterDecisionOnARegistrationReplacesTheEarlierOne() {
    secretariat.planYear(ImmutablePlanYear.builder().year(2026).expectedVersion(0).actor(SECRETARY).requestId(desk.id())
        .clock(SampleYears.clock(2026)).addEvents(Desk.openForum("foorumi-2026-1", SampleYears.at(2026, 3, 11))).build());
    Organisation provider = Organisation.of("Hoivakoti Esimerkki Oy", OrganisationKind.SERVICE_PROVIDER);
    Organisation other = Organisation.of("Fysio Bertta Ky", OrganisationKind.SERVICE_PROVIDER);
    register(ImmutableRegistration.builder().organisation(provider).operatesInRegion(true).accepted(false)
        .reason("ilmoittautui kahdesti").build());
    register(ImmutableRegistration.builder().organisation(other).operatesInRegion(true).accepted(true).build());

    Outcome outcome = register(ImmutableRegistration.builder().organisation(provider).operatesInRegion(true)
        .accepted(true).build());

    ImmutableList<Registration> registrations = outcome.year().event("foorumi-2026-1").orElseThrow().registrations();
    assertEquals(ImmutableList.of(other, provider),
        registrations.stream().map(Registration::organisation).collect(ImmutableList.toImmutableList()));
    assertTrue(registrations.get(1).accepted());
  }

  private Outcome register(String title) {
    PartnershipAgreement agreement = sample.partnershipAgreement().orElseThrow();
    return secretariat.registerAgreement(ImmutableRegisterAgreement.builder().year(2026).expectedVersion(desk.version())
        .actor(SECRETARY).requestId(desk.id()).title(title).written(agreement.written())
        .addAllSharedGoals(agreement.sharedGoals()).addAllParties(agreement.parties()).build());
  }

  private Outcome register(Registration registration) {
    return secretariat.recordRegistration(ImmutableRecordRegistration.builder().year(2026).expectedVersion(desk.version())
        .actor(SECRETARY).requestId(desk.id()).eventId("foorumi-2026-1").registration(registration).build());
  }
}
