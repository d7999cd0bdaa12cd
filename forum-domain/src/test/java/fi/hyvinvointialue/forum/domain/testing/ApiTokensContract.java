package fi.hyvinvointialue.forum.domain.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.domain.port.ApiToken;
import fi.hyvinvointialue.forum.domain.port.ApiTokens;
import fi.hyvinvointialue.forum.domain.port.IssuedToken;
import fi.hyvinvointialue.forum.domain.port.TokenRole;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The token port's contract: every adapter of {@link ApiTokens}, the in-memory one included, implements
 * this interface in a test class. Each test works on counties of its own.
 */
public interface ApiTokensContract {
  Instant NOW = Instant.parse("2026-11-29T10:15:30.123456789Z");

  ApiTokens apiTokens();

  private static String freshCounty() {
    return "county-" + UUID.randomUUID();
  }

  @Test
  default void aCreatedTokenIsVerifiedAsItsCountyAndRole() {
    String county = freshCounty();
    IssuedToken issued = apiTokens().create(county, TokenRole.SECRETARY, "asianhallinta", NOW, Optional.empty());

    Optional<ApiToken> verified = apiTokens().verify(issued.bearer(), NOW.plusSeconds(1));

    assertEquals(Optional.of(issued.token()), verified);
    assertEquals(county, verified.orElseThrow().countyId());
    assertEquals(TokenRole.SECRETARY, verified.orElseThrow().role());
    assertTrue(issued.bearer().startsWith(issued.token().id() + "."));
    assertFalse(issued.toString().contains(issued.bearer().substring(issued.bearer().indexOf('.') + 1)));
  }

  @Test
  default void aWrongSecretAnUnknownIdOrAMalformedTokenVerifyAsNothing() {
    IssuedToken issued = apiTokens().create(freshCounty(), TokenRole.READER, "raportointi", NOW, Optional.empty());
    String id = issued.token().id();
    String secret = issued.bearer().substring(id.length() + 1);
    String otherSecret = (secret.charAt(0) == 'A' ? 'B' : 'A') + secret.substring(1);
    String unknownId = (id.charAt(0) == 'A' ? 'B' : 'A') + id.substring(1);

    for (String presented : List.of(id + "." + otherSecret, unknownId + "." + secret, id, secret, "", ".", id + ".",
        issued.bearer() + "x", issued.bearer() + " ", "' OR 1=1 --." + secret, id + "." + secret.toLowerCase(java.util.Locale.ROOT))) {
      if (!presented.equals(issued.bearer())) {
        assertEquals(Optional.empty(), apiTokens().verify(presented, NOW), presented);
      }
    }
  }

  @Test
  default void anExpiredOrRevokedTokenNoLongerVerifies() {
    String county = freshCounty();
    Instant expires = NOW.plus(Duration.ofDays(30));
    IssuedToken expiring = apiTokens().create(county, TokenRole.SECRETARY, "kokeilu", NOW, Optional.of(expires));
    IssuedToken revoked = apiTokens().create(county, TokenRole.SECRETARY, "vanha", NOW, Optional.empty());

    assertTrue(apiTokens().verify(expiring.bearer(), expires.minusNanos(1)).isPresent());
    assertEquals(Optional.empty(), apiTokens().verify(expiring.bearer(), expires));
    assertTrue(apiTokens().revoke(revoked.token().id(), NOW.plusSeconds(60)));
    assertFalse(apiTokens().revoke(revoked.token().id(), NOW.plusSeconds(120)), "revoked once");
    assertFalse(apiTokens().revoke("AAAAAAAAAAAAAAAA", NOW), "no such token");
    assertEquals(Optional.empty(), apiTokens().verify(revoked.bearer(), NOW.plusSeconds(61)));
  }

  @Test
  default void aCountysListHasItsTokensOnlyWithRevocationsAndNoSecrets() {
    String county = freshCounty();
    IssuedToken first = apiTokens().create(county, TokenRole.SECRETARY, "ensimmäinen", NOW, Optional.empty());
    IssuedToken second = apiTokens().create(county, TokenRole.READER, "toinen", NOW.plusSeconds(1), Optional.of(NOW.plusSeconds(3600)));
    apiTokens().create(freshCounty(), TokenRole.SECRETARY, "muu maakunta", NOW, Optional.empty());
    apiTokens().revoke(first.token().id(), NOW.plusSeconds(2));

    List<ApiToken> listed = apiTokens().list(county);

    assertEquals(List.of(first.token().id(), second.token().id()), listed.stream().map(ApiToken::id).toList());
    assertEquals(Optional.of(NOW.plusSeconds(2)), listed.get(0).revoked());
    assertEquals(second.token(), listed.get(1));
  }

  @Test
  default void aCalendarTokenIsKeptAsOneAndRevokedAsAnyOther() {
    String county = freshCounty();
    IssuedToken calendar = apiTokens().create(county, TokenRole.CALENDAR, "sihteerin kalenteri", NOW, Optional.empty());

    Optional<ApiToken> verified = apiTokens().verify(calendar.bearer(), NOW.plusSeconds(1));

    assertEquals(Optional.of(calendar.token()), verified);
    assertEquals(TokenRole.CALENDAR, verified.orElseThrow().role());
    assertEquals(List.of(calendar.token()), apiTokens().list(county));
    assertTrue(apiTokens().revoke(calendar.token().id(), NOW.plusSeconds(2)));
    assertEquals(Optional.empty(), apiTokens().verify(calendar.bearer(), NOW.plusSeconds(3)));
  }
}
