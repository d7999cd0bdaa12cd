package fi.hyvinvointialue.forum.domain.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class KeskiSuomiTest {
  @Test
  void theCountyHasItsTwentyTwoMunicipalitiesInSixSubRegions() {
    County county = KeskiSuomi.county();
    assertEquals(22, county.municipalities().size());
    assertEquals(22, county.municipalities().stream().map(Municipality::name).distinct().count());
    assertEquals(
        ImmutableSet.of("Jyväskylä", "Joutsa", "Jämsä", "Keuruu", "Äänekoski", "Saarijärvi–Viitasaari"), county.subRegions());
    assertFalse(county.municipalities().stream().anyMatch(m -> m.name().equals("Kuhmoinen")), "moved to Pirkanmaa 2021");
    assertEquals("Mellersta Finlands välfärdsområde", county.name().in(Locale.forLanguageTag("sv")));
  }

  @Test
  void theProfileCarriesThePolicysNumbers() {
    PolicyProfile profile = KeskiSuomi.profile();
    assertEquals(3, profile.minForumsPerYear());
    assertEquals(6, profile.maxForumsPerYear());
    assertEquals(7, profile.publicationLeadDays());
    assertEquals(7, profile.feedbackMinDays());
    assertEquals(14, profile.recordingAvailableDays());
    assertTrue(profile.approval().orElseThrow().byRegionalBoard());
    assertFalse(profile.adopts("KE-4"));
    assertTrue(KeskiSuomi.profileWithPartnership().adopts("KE-4"));
  }

  @Test
  void aProfileIsInForceFromItsFirstToItsLastDay() {
    PolicyProfile profile = ImmutablePolicyProfile.copyOf(KeskiSuomi.profile())
        .withValidFrom(LocalDate.of(2026, 1, 1)).withValidUntil(LocalDate.of(2026, 12, 31));
    assertFalse(profile.inForceOn(LocalDate.of(2025, 12, 31)));
    assertTrue(profile.inForceOn(LocalDate.of(2026, 1, 1)));
    assertTrue(profile.inForceOn(LocalDate.of(2026, 12, 31)));
    assertFalse(profile.inForceOn(LocalDate.of(2027, 1, 1)));
  }

  @Test
  void onlyTheProposalsClausesCanBeAdopted() {
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> ImmutablePolicyProfile.copyOf(KeskiSuomi.profile()).withAdoptedProposalClauses("TL-4.1"));
    assertEquals("profile[keski-suomi].adoptedProposalClauses: unknown clause TL-4.1", error.getMessage());
  }
}
