package fi.hyvinvointialue.forum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.adapters.jdbc.JdbcForumYears;
import fi.hyvinvointialue.forum.domain.port.ApiToken;
import fi.hyvinvointialue.forum.domain.port.ApiTokens;
import fi.hyvinvointialue.forum.domain.port.TokenRole;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCommandTest {
  @TempDir Path storeDir;

  @AfterEach
  void shutDown() throws IOException, SQLException {
    EmbeddedDatabases.shutDownIn(storeDir);
  }

  private ApiTokens tokens() {
    return JdbcForumYears.open(JdbcForumYears.embeddedH2Url(storeDir), "", "").apiTokens();
  }

  @Test
  void aCreatedTokenIsShownOnceWorksForItsCountyUntilItsLastDayAndCanBeRevoked() {
    Run created = Run.of("token", "create", "keski-suomi", "--role", "secretary", "--label", "asianhallinta",
        "--expires", "2027-06-30", "--store-dir", storeDir.toString());
    String bearer = created.out().strip();
    String id = bearer.substring(0, bearer.indexOf('.'));

    Optional<ApiToken> verified = tokens().verify(bearer, Instant.parse("2027-06-30T20:59:59Z"));
    Run listed = Run.of("token", "list", "keski-suomi", "--store-dir", storeDir.toString());
    Run revoked = Run.of("token", "revoke", id, "--store-dir", storeDir.toString());
    Run again = Run.of("token", "revoke", id, "--store-dir", storeDir.toString());

    assertEquals(ExitCode.COMPLIANT.code(), created.exitCode(), created.err());
    assertTrue(created.err().contains("shown only this once"), created.err());
    assertEquals(TokenRole.SECRETARY, verified.orElseThrow().role());
    assertEquals("keski-suomi", verified.orElseThrow().countyId());
    assertEquals(Optional.empty(), tokens().verify(bearer, Instant.parse("2027-06-30T21:00:00Z")), "expired at Helsinki midnight");
    assertTrue(listed.out().startsWith(id + "\tsecretary\tasianhallinta\t"), listed.out());
    assertFalse(listed.out().contains(bearer.substring(id.length() + 1)), "the secret is never listed");
    assertEquals(ExitCode.COMPLIANT.code(), revoked.exitCode(), revoked.err());
    assertEquals(ExitCode.BAD_INPUT.code(), again.exitCode());
    assertEquals(Optional.empty(), tokens().verify(bearer, Instant.parse("2027-01-16T00:00:00Z")));
  }

  @Test
  void aCalendarTokenIsPrintedOnceAsTheToDoCalendarsAddressAndRevokedAsAnyToken() {
    Run created = Run.of("token", "create", "keski-suomi", "--role", "calendar", "--public-url", "https://foorumi.example.fi/",
        "--store-dir", storeDir.toString());
    String prefix = "https://foorumi.example.fi/keski-suomi/todo/";
    String address = created.out().strip();
    String bearer = address.substring(prefix.length(), address.length() - ".ics".length());
    String id = bearer.substring(0, bearer.indexOf('.'));

    assertEquals(ExitCode.COMPLIANT.code(), created.exitCode(), created.err());
    assertTrue(address.startsWith(prefix) && address.endsWith(".ics"), address);
    assertTrue(created.err().contains("forum token revoke " + id), created.err());
    assertEquals(TokenRole.CALENDAR, tokens().verify(bearer, Run.AFTER_2026).orElseThrow().role());
    assertTrue(Run.of("token", "list", "keski-suomi", "--store-dir", storeDir.toString()).out().startsWith(id + "\tcalendar\t"));
    assertEquals(ExitCode.COMPLIANT.code(), Run.of("token", "revoke", id, "--store-dir", storeDir.toString()).exitCode());
    assertEquals(Optional.empty(), tokens().verify(bearer, Run.AFTER_2026));
  }

  @Test
  void theCalendarsAddressIsTheCountysOwnThenTheServersThenOnlyAPath() {
    String publishing = "--publishing=" + Run.KESKI_SUOMI_PUBLISHING;
    String store = "--store-dir=" + storeDir;

    String countysOwn = Run.of("token", "create", "keski-suomi", "--role", "calendar", publishing, "--public-url", "https://other.example.fi",
        store).out();
    String fromEnvironment = Run.withEnvironment(Map.of(TokenCommand.PUBLIC_URL_VARIABLE, "https://foorumi.example.fi/palvelu/"),
        "token", "create", "keski-suomi", "--role", "calendar", store).out();
    Run pathOnly = Run.of("token", "create", "keski-suomi", "--role", "calendar", store);
    Run notAnAddress = Run.of("token", "create", "keski-suomi", "--role", "calendar", "--public-url", "foorumi.example.fi", store);

    assertTrue(countysOwn.startsWith("https://foorumi-esimerkki.hyvaks.fi/keski-suomi/todo/"), countysOwn);
    assertTrue(fromEnvironment.startsWith("https://foorumi.example.fi/palvelu/keski-suomi/todo/"), fromEnvironment);
    assertTrue(pathOnly.out().startsWith("/keski-suomi/todo/"), pathOnly.out());
    assertTrue(pathOnly.err().contains("public address"), pathOnly.err());
    assertEquals(ExitCode.BAD_INPUT.code(), notAnAddress.exitCode());
    assertEquals(3, tokens().list("keski-suomi").size(), "nothing created for a bad address");
  }

  @Test
  void anUnknownRoleOrAPastExpiryIsBadInputAndCreatesNothing() {
    Run unknownRole = Run.of("token", "create", "keski-suomi", "--role", "admin", "--store-dir", storeDir.toString());
    Run past = Run.of("token", "create", "keski-suomi", "--role", "reader", "--expires", "2026-12-31",
        "--store-dir", storeDir.toString());

    assertEquals(ExitCode.BAD_INPUT.code(), unknownRole.exitCode());
    assertTrue(unknownRole.err().contains("--role"), unknownRole.err());
    assertEquals(ExitCode.BAD_INPUT.code(), past.exitCode());
    assertTrue(tokens().list("keski-suomi").isEmpty());
  }
}
