package fi.hyvinvointialue.forum.domain.memory;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.port.ApiToken;
import fi.hyvinvointialue.forum.domain.port.ApiTokens;
import fi.hyvinvointialue.forum.domain.port.ImmutableApiToken;
import fi.hyvinvointialue.forum.domain.port.ImmutableIssuedToken;
import fi.hyvinvointialue.forum.domain.port.IssuedToken;
import fi.hyvinvointialue.forum.domain.port.TokenRole;
import fi.hyvinvointialue.forum.domain.port.TokenSecrets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The token port in memory, for tests and for trying the library out; it honours the same contract. */
public final class InMemoryApiTokens implements ApiTokens {
  private final SecureRandom random = new SecureRandom();
  private final Map<String, ApiToken> tokens = new LinkedHashMap<>();
  private final Map<String, byte[]> hashes = new LinkedHashMap<>();

  @Override
  public synchronized IssuedToken create(
      String countyId, TokenRole role, String label, Instant now, Optional<Instant> expires) {
    String[] idAndSecret = TokenSecrets.generate(random);
    ApiToken token = ImmutableApiToken.builder().id(idAndSecret[0]).countyId(countyId).role(role).label(label)
        .created(now).expires(expires).build();
    tokens.put(token.id(), token);
    hashes.put(token.id(), TokenSecrets.hash(idAndSecret[1]));
    return ImmutableIssuedToken.builder().token(token).bearer(idAndSecret[0] + "." + idAndSecret[1]).build();
  }

  @Override
  public synchronized Optional<ApiToken> verify(String bearer, Instant now) {
    return TokenSecrets.split(bearer)
        .filter(idAndSecret -> tokens.containsKey(idAndSecret[0]))
        .filter(idAndSecret -> TokenSecrets.matches(idAndSecret[1], hashes.get(idAndSecret[0])))
        .map(idAndSecret -> tokens.get(idAndSecret[0]))
        .filter(token -> token.usableAt(now));
  }

  @Override
  public synchronized ImmutableList<ApiToken> list(String countyId) {
    return tokens.values().stream().filter(token -> token.countyId().equals(countyId)).collect(ImmutableList.toImmutableList());
  }

  @Override
  public synchronized boolean revoke(String tokenId, Instant now) {
    ApiToken token = tokens.get(tokenId);
    if (token == null || token.revoked().isPresent()) {
      return false;
    }
    tokens.put(tokenId, ImmutableApiToken.copyOf(token).withRevoked(now));
    return true;
  }
}
