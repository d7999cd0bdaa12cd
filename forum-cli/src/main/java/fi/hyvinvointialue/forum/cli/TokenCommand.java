package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.domain.CountyPublishing;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.port.ApiToken;
import fi.hyvinvointialue.forum.domain.port.IssuedToken;
import fi.hyvinvointialue.forum.domain.port.TokenRole;
import fi.hyvinvointialue.forum.server.ForumServer;
import java.net.URI;
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
 * {@code forum token create|list|revoke}: the bearer tokens other systems write with over HTTP, and the
 * calendar tokens that make the secretary's to-do calendar address secret; one county and one role each.
 * A new token is shown once; only a hash of its secret is kept.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
    description = "Creates, lists and revokes the HTTP API's bearer tokens and the to-do calendar's secret addresses (one county and role each).",
    subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand {
  /** The server's public address, as {@code forum serve} reads it too. */
  static final String PUBLIC_URL_VARIABLE = "FORUM_PUBLIC_URL";

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

    @Option(names = "--role", required = true, paramLabel = "secretary|reader|calendar",
        description = "secretary: change the county's years; reader: read what is not public (both bearer tokens for the API);"
            + " calendar: a secret address of the county's to-do calendar, for a calendar app, and nothing else.")
    String role;

    @Option(names = "--public-url", paramLabel = "URL",
        description = "For calendar: the address forum serve is reached at, e.g. https://foorumi.example.fi/ (default: $"
            + PUBLIC_URL_VARIABLE + "; a county's own public address in --publishing comes first; without any, the path is printed).")
    URI publicUrl;

    @Mixin PublishingOption publishing;

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
        context.err().println("--role: '" + role + "' is not a role; use secretary, reader or calendar");
        return ExitCode.BAD_INPUT.code();
      }
      Optional<Instant> expires = Optional.ofNullable(lastDay).map(day -> day.plusDays(1).atStartOfDay(HelsinkiTime.ZONE).toInstant());
      if (expires.isPresent() && !expires.get().isAfter(context.now())) {
        context.err().println("--expires: " + lastDay + " has passed");
        return ExitCode.BAD_INPUT.code();
      }
      Optional<URI> root = tokenRole == TokenRole.CALENDAR ? publicAddress() : Optional.empty();
      if (root.isPresent() && !root.get().toString().matches("https?://[^/?#]+(/[^?#]*)?")) {
        context.err().println("--public-url: '" + root.get() + "' is not an absolute http(s) address");
        return ExitCode.BAD_INPUT.code();
      }
      IssuedToken issued = store.open().apiTokens()
          .create(countyId, tokenRole, label.isBlank() ? "token" : label.strip(), context.now(), expires);
      String valid = expires.map(at -> ", valid through " + lastDay).orElse("");
      if (tokenRole == TokenRole.CALENDAR) {
        String path = ForumServer.todoCalendarPath(countyId, issued.bearer());
        context.out().println(root.map(url -> url.toString().replaceFirst("/+$", "") + path).orElse(path));
        context.err().println("The to-do calendar of " + countyId + " (token " + issued.token().id() + valid + "): subscribe to it in a"
            + " calendar app. Whoever has the address reads the calendar, so keep it as a password; `forum token revoke "
            + issued.token().id() + "` ends it at once. It is shown only this once."
            + (root.isEmpty() ? " Put the server's public address in front of the path (or give --public-url)." : ""));
      } else {
        context.out().println(issued.bearer());
        context.err().println("Token " + issued.token().id() + " for " + countyId + " (" + role.toLowerCase(Locale.ROOT) + ")"
            + valid + ". It is shown only this once.");
      }
      return ExitCode.COMPLIANT.code();
    }

    /** Where forum serve serves the county, as its pages and feeds are linked: its own address, else the server's. */
    private Optional<URI> publicAddress() {
      return publishing.all().stream().filter(county -> county.countyId().equals(countyId)).findFirst()
          .flatMap(CountyPublishing::publicBaseUrl)
          .or(() -> Optional.ofNullable(publicUrl))
          .or(() -> Optional.ofNullable(context.environment().get(PUBLIC_URL_VARIABLE)).filter(url -> !url.isBlank()).map(URI::create));
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
