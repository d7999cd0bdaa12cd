package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.port.ApiToken;
import fi.hyvinvointialue.forum.domain.port.IssuedToken;
import fi.hyvinvointialue.forum.domain.port.TokenRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code forum token create|list|revoke}: the bearer tokens other systems write with over HTTP, one
 * county and one role each. A new token is shown once; only a hash of its secret is kept.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
    description = "Creates, lists and revokes the HTTP API's bearer tokens (one county and role each).",
    subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand {
  /** What every token command has: the run's context and the database the tokens are kept in. */
  abstract static class TokenStoreCommand implements Callable<Integer> {
    final Context context;

    @Mixin StoreOptions store;

    TokenStoreCommand(Context context) {
      this.context = context;
    }
  }

  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Creates a token for a county and prints it once: keep it, it cannot be shown again.")
  static final class Create extends TokenStoreCommand {
    @Parameters(paramLabel = "COUNTY", description = "The county whose years the token may read and change.")
    String countyId;

    @Option(names = "--role", required = true, paramLabel = "secretary|reader",
        description = "secretary: change the county's years; reader: read what is not public.")
    String role;

    @Option(names = "--label", paramLabel = "TEXT", defaultValue = "", description = "What the token is for, e.g. the system holding it.")
    String label;

    @Option(names = "--expires", paramLabel = "DATE",
        description = "The last day (Helsinki) the token works, e.g. 2027-12-31; it expires at the midnight after it.")
    LocalDate lastDay;

    Create(Context context) {
      super(context);
    }

    @Override
    public Integer call() {
      TokenRole tokenRole;
      try {
        tokenRole = TokenRole.valueOf(role.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        context.err().println("--role: '" + role + "' is not a role; use secretary or reader");
        return ExitCode.BAD_INPUT.code();
      }
      Optional<Instant> expires = Optional.ofNullable(lastDay).map(day -> day.plusDays(1).atStartOfDay(HelsinkiTime.ZONE).toInstant());
      if (expires.isPresent() && !expires.get().isAfter(context.now())) {
        context.err().println("--expires: " + lastDay + " has passed");
        return ExitCode.BAD_INPUT.code();
      }
      IssuedToken issued = store.open().apiTokens()
          .create(countyId, tokenRole, label.isBlank() ? "token" : label.strip(), context.now(), expires);
      context.out().println(issued.bearer());
      context.err().println("Token " + issued.token().id() + " for " + countyId + " (" + role.toLowerCase(Locale.ROOT) + ")"
          + expires.map(at -> ", valid through " + lastDay).orElse("") + ". It is shown only this once.");
      return ExitCode.COMPLIANT.code();
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists a county's tokens (never their secrets).")
  static final class ListTokens extends TokenStoreCommand {
    @Parameters(paramLabel = "COUNTY", description = "The county.")
    String countyId;

    ListTokens(Context context) {
      super(context);
    }

    @Override
    public Integer call() {
      for (ApiToken token : store.open().apiTokens().list(countyId)) {
        String state = token.revoked().map(at -> "revoked " + at)
            .or(() -> token.expires().filter(at -> !at.isAfter(context.now())).map(at -> "expired " + at))
            .orElse(token.expires().map(at -> "valid until " + at).orElse("valid"));
        context.out().println(String.join("\t", token.id(), token.role().name().toLowerCase(Locale.ROOT), token.label(),
            "created " + token.created(), state));
      }
      return ExitCode.COMPLIANT.code();
    }
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a token at once.")
  static final class Revoke extends TokenStoreCommand {
    @Parameters(paramLabel = "ID", description = "The token's id: the part before the dot.")
    String tokenId;

    Revoke(Context context) {
      super(context);
    }

    @Override
    public Integer call() {
      if (!store.open().apiTokens().revoke(tokenId, context.now())) {
        context.err().println(tokenId + ": no such token, or already revoked");
        return ExitCode.BAD_INPUT.code();
      }
      context.out().println(tokenId + " revoked");
      return ExitCode.COMPLIANT.code();
    }
  }
}
