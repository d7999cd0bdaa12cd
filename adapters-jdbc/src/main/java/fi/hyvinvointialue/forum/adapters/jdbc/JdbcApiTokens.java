package fi.hyvinvointialue.forum.adapters.jdbc;

import com.google.common.collect.ImmutableList;
import com.google.common.io.BaseEncoding;
import fi.hyvinvointialue.forum.domain.port.ApiToken;
import fi.hyvinvointialue.forum.domain.port.ApiTokens;
import fi.hyvinvointialue.forum.domain.port.ImmutableApiToken;
import fi.hyvinvointialue.forum.domain.port.ImmutableIssuedToken;
import fi.hyvinvointialue.forum.domain.port.IssuedToken;
import fi.hyvinvointialue.forum.domain.port.TokenRole;
import fi.hyvinvointialue.forum.domain.port.TokenSecrets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The token port on the store's database ({@code api_token}); reached through {@link JdbcForumYears#apiTokens()}. */
final class JdbcApiTokens implements ApiTokens {
  private static final String COLUMNS = "token_id, county_id, token_role, label, created_at, expires_at, revoked_at";
  private static final String INSERT = "INSERT INTO api_token (" + COLUMNS + ", secret_sha256) VALUES (?, ?, ?, ?, ?, ?, NULL, ?)";
  private static final String SELECT_ONE = "SELECT " + COLUMNS + ", secret_sha256 FROM api_token WHERE token_id = ?";
  private static final String SELECT_COUNTY = "SELECT " + COLUMNS + " FROM api_token WHERE county_id = ? ORDER BY issued_order";
  private static final String REVOKE = "UPDATE api_token SET revoked_at = ? WHERE token_id = ? AND revoked_at IS NULL";
  private static final BaseEncoding HEX = BaseEncoding.base16().lowerCase();

  private final Transactions transactions;
  private final SecureRandom random = new SecureRandom();

  JdbcApiTokens(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public IssuedToken create(String countyId, TokenRole role, String label, Instant now, Optional<Instant> expires) {
    String[] idAndSecret = TokenSecrets.generate(random);
    ApiToken token = ImmutableApiToken.builder().id(idAndSecret[0]).countyId(countyId).role(role).label(label)
        .created(now).expires(expires).build();
    transactions.run("create a token of county " + countyId, Connection.TRANSACTION_READ_COMMITTED, connection -> {
      try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
        insert.setString(1, token.id());
        insert.setString(2, countyId);
        insert.setString(3, role.name());
        insert.setString(4, label);
        insert.setString(5, now.toString());
        insert.setString(6, expires.map(Instant::toString).orElse(null));
        insert.setString(7, HEX.encode(TokenSecrets.hash(idAndSecret[1])));
        return insert.executeUpdate();
      }
    });
    return ImmutableIssuedToken.builder().token(token).bearer(idAndSecret[0] + "." + idAndSecret[1]).build();
  }

  @Override
  public Optional<ApiToken> verify(String bearer, Instant now) {
    Optional<String[]> idAndSecret = TokenSecrets.split(bearer);
    if (idAndSecret.isEmpty()) {
      return Optional.empty();
    }
    String id = idAndSecret.get()[0];
    String secret = idAndSecret.get()[1];
    return transactions.run("verify a token", Connection.TRANSACTION_READ_COMMITTED, connection -> {
      try (PreparedStatement select = connection.prepareStatement(SELECT_ONE)) {
        select.setString(1, id);
        try (ResultSet result = select.executeQuery()) {
          return result.next() && TokenSecrets.matches(secret, HEX.decode(result.getString(8)))
              ? Optional.of(token(result)).filter(token -> token.usableAt(now))
              : Optional.<ApiToken>empty();
        }
      }
    });
  }

  @Override
  public ImmutableList<ApiToken> list(String countyId) {
    return transactions.run("list the tokens of county " + countyId, Connection.TRANSACTION_READ_COMMITTED, connection -> {
      try (PreparedStatement select = connection.prepareStatement(SELECT_COUNTY)) {
        select.setString(1, countyId);
        ImmutableList.Builder<ApiToken> tokens = ImmutableList.builder();
        try (ResultSet result = select.executeQuery()) {
          while (result.next()) {
            tokens.add(token(result));
          }
        }
        return tokens.build();
      }
    });
  }

  @Override
  public boolean revoke(String tokenId, Instant now) {
    return transactions.run("revoke a token", Connection.TRANSACTION_READ_COMMITTED, connection -> {
      try (PreparedStatement update = connection.prepareStatement(REVOKE)) {
        update.setString(1, now.toString());
        update.setString(2, tokenId);
        return update.executeUpdate() == 1;
      }
    });
  }

  private static ApiToken token(ResultSet result) throws SQLException {
    return ImmutableApiToken.builder()
        .id(result.getString(1))
        .countyId(result.getString(2))
        .role(TokenRole.valueOf(result.getString(3)))
        .label(result.getString(4))
        .created(Instant.parse(result.getString(5)))
        .expires(Optional.ofNullable(result.getString(6)).map(Instant::parse))
        .revoked(Optional.ofNullable(result.getString(7)).map(Instant::parse))
        .build();
  }
}
