package fi.hyvinvointialue.forum.domain.port;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;

/**
 * The bearer tokens that let other systems read and change a county's years, and the calendar tokens
 * that make its to-do calendar's address secret ({@link TokenRole}): one county and one role each,
 * with an optional expiry, revocable. Only a hash of each secret is kept ({@link TokenSecrets}).
 *
 * <p>Every adapter passes the contract suite {@code ApiTokensContract} in this module's test-jar.
 */
public interface ApiTokens {
  /**
   * Creates a token; its {@code id.secret} is in the result and nowhere else.
   *
   * @throws StorageFailure when the storage fails
   */
  IssuedToken create(String countyId, TokenRole role, String label, Instant now, Optional<Instant> expires);

  /**
   * The token a presented {@code id.secret} stands for, when it is one of these, its secret matches and
   * it is usable at {@code now}; empty otherwise (never saying which of those failed).
   */
  Optional<ApiToken> verify(String bearer, Instant now);

  /** A county's tokens, revoked and expired ones included, oldest first. */
  ImmutableList<ApiToken> list(String countyId);

  /** Revokes a token from {@code now} on; false when there is no such token or it was already revoked. */
  boolean revoke(String tokenId, Instant now);
}
