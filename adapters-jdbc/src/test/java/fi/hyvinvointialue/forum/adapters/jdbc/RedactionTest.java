package fi.hyvinvointialue.forum.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RedactionTest {
  @Test
  void passwordsInUrlsAreHidden() {
    assertEquals("jdbc:postgresql://db/forum?user=u&password=***&ssl=true",
        Redaction.redact("jdbc:postgresql://db/forum?user=u&password=hunter2&ssl=true"));
    assertEquals("jdbc:h2:file:/x;USER=sa;PASSWORD=***;LOCK_TIMEOUT=1",
        Redaction.redact("jdbc:h2:file:/x;USER=sa;PASSWORD=hunter2;LOCK_TIMEOUT=1"));
    assertEquals("jdbc:postgresql://u:***@db/forum", Redaction.redact("jdbc:postgresql://u:hunter2@db/forum"));
    assertEquals("sslpassword=*** for key", Redaction.redact("sslpassword=hunter2 for key"));
  }

  @Test
  void aKnownPasswordIsHiddenWhereverItAppears() {
    assertEquals("login as forum with *** failed", Redaction.redact("login as forum with hunter2 failed", "hunter2"));
  }

  @Test
  void textWithoutCredentialsIsKept() {
    assertEquals("Connection to localhost:5432 refused.", Redaction.redact("Connection to localhost:5432 refused.", ""));
    assertEquals("", Redaction.redact(null));
  }
}
