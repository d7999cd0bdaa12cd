package fi.hyvinvointialue.forum.domain.port;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A bearer token as it is kept: who it is for and until when; never its secret, only the secret's hash. */
@Value.Immutable
@ForumStyle
public interface ApiToken {
  /** The public half of {@code id.secret}, by which the token is looked up and revoked. */
  String id();

  String countyId();

  TokenRole role();

  /** What the token is for, e.g. the system that holds it; shown in lists, never personal data. */
  String label();

  Instant created();

  Optional<Instant> expires();

  Optional<Instant> revoked();

  /** Whether it may be used at {@code now}: neither revoked nor expired. */
  default boolean usableAt(Instant now) {
    return revoked().isEmpty() && expires().map(now::isBefore).orElse(true);
  }

  @Value.Check
  default void check() {
    if (!TokenSecrets.isId(id())) {
      throw new IllegalStateException("id must be a token id, was '" + id() + "'");
    }
    if (countyId().isBlank()) {
      throw new IllegalStateException("countyId must not be blank");
    }
    expires().ifPresent(expires -> {
      if (!expires.isAfter(created())) {
        throw new IllegalStateException("expires (" + expires + ") must be after created (" + created() + ")");
      }
    });
  }
}
