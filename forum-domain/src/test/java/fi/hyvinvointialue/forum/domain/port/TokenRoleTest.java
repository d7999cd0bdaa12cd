package fi.hyvinvointialue.forum.domain.port;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenRoleTest {
  private static Set<TokenRole> allowedBy(TokenRole role) {
    Set<TokenRole> allowed = EnumSet.noneOf(TokenRole.class);
    for (TokenRole needed : TokenRole.values()) {
      if (role.allows(needed)) {
        allowed.add(needed);
      }
    }
    return allowed;
  }

  @Test
  void aSecretaryReadsAndWritesAReaderReadsAndACalendarTokenOpensOnlyTheCalendar() {
    assertEquals(EnumSet.of(TokenRole.READER, TokenRole.SECRETARY), allowedBy(TokenRole.SECRETARY));
    assertEquals(EnumSet.of(TokenRole.READER), allowedBy(TokenRole.READER));
    assertEquals(EnumSet.of(TokenRole.CALENDAR), allowedBy(TokenRole.CALENDAR), "neither reading nor writing through the API");
  }
}
