package fi.hyvinvointialue.forum.server.api;

import fi.hyvinvointialue.forum.domain.port.ApiToken;
import fi.hyvinvointialue.forum.domain.port.ApiTokens;
import fi.hyvinvointialue.forum.domain.port.TokenRole;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Optional;

/**
 * Who a request speaks for: nobody (the public) or the holder of a bearer token of one county and role. A
 * token that is presented must be usable (401 otherwise, never saying why) and of the county asked about (403).
 */
final class Access {
  private static final String BEARER = "bearer ";
  private static final int MAX_TOKEN_LENGTH = 512;

  private final Optional<ApiTokens> tokens;
  private final Clock clock;

  Access(Optional<ApiTokens> tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  /** The token of {@code countyId} the request carries, if any; a token that is presented but not usable is a 401. */
  Optional<ApiToken> reader(Context ctx, String countyId) {
    String authorization = ctx.header("Authorization");
    if (authorization == null) {
      return Optional.empty();
    }
    if (authorization.length() < BEARER.length() || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw Problem.unauthorized("send Authorization: Bearer <id.secret>");
    }
    String bearer = authorization.substring(BEARER.length()).trim();
    Optional<ApiToken> token = bearer.length() > MAX_TOKEN_LENGTH || tokens.isEmpty()
        ? Optional.empty()
        : tokens.get().verify(bearer, clock.instant());
    if (token.isEmpty() || !token.get().role().allows(TokenRole.READER)) { // a calendar address's token is no bearer token
      throw Problem.unauthorized("the token is not valid, has expired or was revoked");
    }
    if (!token.get().countyId().equals(countyId)) {
      throw Problem.forbidden("the token is not for " + countyId);
    }
    return token;
  }

  /** The SECRETARY token of {@code countyId} the request must carry. */
  ApiToken secretary(Context ctx, String countyId) {
    ApiToken token = reader(ctx, countyId).orElseThrow(() -> Problem.unauthorized("changing a year needs a bearer token"));
    if (!token.role().allows(TokenRole.SECRETARY)) {
      throw Problem.forbidden("changing a year needs a SECRETARY token; this one is a " + token.role());
    }
    return token;
  }
}
