package fi.hyvinvointialue.forum.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BusinessIdsTest {
  @Test
  void theCheckDigitIsTheWeightedSumModuloEleven() {
    // 0*7 + 1*9 + 1*10 + 2*5 + 0*8 + 3*4 + 8*2 = 57 = 5*11 + 2, so the check digit is 11 - 2 = 9.
    assertTrue(BusinessIds.isValid("0112038-9"));
    assertFalse(BusinessIds.isValid("0112038-8"));
    // 7 + 18 + 30 + 20 + 40 + 24 + 14 = 153 = 13*11 + 10: check digit 1.
    assertTrue(BusinessIds.isValid("1234567-1"));
    assertTrue(BusinessIds.isValid("7654321-2"));
  }

  @Test
  void aRemainderOfZeroGivesZeroAndARemainderOfOneIsNeverIssued() {
    // 0000000: sum 0, remainder 0, check digit 0.
    assertTrue(BusinessIds.isValid("0000000-0"));
    // 0000005: sum 5*2 = 10; 0000006: sum 12, remainder 1: no check digit is valid.
    assertTrue(BusinessIds.isValid("0000005-1"));
    for (char digit = '0'; digit <= '9'; digit++) {
      assertFalse(BusinessIds.isValid("0000006-" + digit), "0000006-" + digit);
    }
  }

  @Test
  void onlyTheFormSevenDigitsHyphenDigitIsABusinessId() {
    for (String malformed : new String[] {"", "112038-9", "01120389", "0112038 9", "O112038-9", "0112038-99", "0112038-X"}) {
      assertFalse(BusinessIds.isValid(malformed), malformed);
    }
  }

  @Test
  void anOrganisationWithAMalformedBusinessIdIsRejectedNamingTheField() {
    IllegalStateException error = assertThrows(IllegalStateException.class, () -> ImmutableOrganisation.builder()
        .name("Hoivakoti Esimerkki Oy").kind(OrganisationKind.SERVICE_PROVIDER).businessId("0112038-8").build());
    assertEquals("organisation[Hoivakoti Esimerkki Oy].businessId '0112038-8' is not a business ID (Y-tunnus) NNNNNNN-N "
        + "with a valid check digit", error.getMessage());
  }
}
