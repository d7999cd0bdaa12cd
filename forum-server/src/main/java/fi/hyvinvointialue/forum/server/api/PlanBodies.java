package fi.hyvinvointialue.forum.server.api;

import fi.hyvinvointialue.forum.json.OperationBodies;
import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.PlanFileError;
import fi.hyvinvointialue.forum.json.PlanFiles;
import fi.hyvinvointialue.forum.json.PlanFiles.Syntax;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * A plan, or an operation's body, in a request: read as plan files are, JSON or YAML by its content type (415
 * otherwise), at most as large as a plan file (413 beyond, before anything is parsed), refused with the line,
 * column and field of the first problem.
 */
final class PlanBodies {
  private static final Set<String> TYPES = Set.of("application/json", "application/yaml", "application/x-yaml", "text/yaml");
  private static final byte[] NOTHING = "{}".getBytes(StandardCharsets.UTF_8);

  private final PlanFiles files;

  PlanBodies(PlanFiles files) {
    this.files = files;
  }

  Plan read(Context ctx) {
    byte[] body = body(ctx, false);
    try {
      return files.read("body", new ByteArrayInputStream(body), syntax(ctx));
    } catch (PlanFileError error) {
      throw Problem.of(error);
    } catch (IllegalArgumentException | IllegalStateException inconsistent) {
      throw Problem.badRequest("the plan is not consistent: " + inconsistent.getMessage());
    }
  }

  /** An operation's body; one that carries nothing ({@link OperationBodies.EmptyBody}) may be left out. */
  <T> T read(Context ctx, Class<T> type) {
    byte[] body = body(ctx, type == OperationBodies.EmptyBody.class);
    try {
      return files.readBody("body", new ByteArrayInputStream(body), type, syntax(ctx));
    } catch (PlanFileError error) {
      throw Problem.of(error);
    } catch (IllegalArgumentException | IllegalStateException inconsistent) {
      throw Problem.badRequest("the body is not consistent: " + inconsistent.getMessage());
    }
  }

  /** JSON by the JSON parser, three times as fast; YAML (and an empty body) by the YAML one. Both name line and column. */
  private static Syntax syntax(Context ctx) {
    String contentType = ctx.header("Content-Type");
    return contentType != null && contentType.split(";", 2)[0].trim().equalsIgnoreCase("application/json") ? Syntax.JSON : Syntax.YAML;
  }

  private byte[] body(Context ctx, boolean mayBeEmpty) {
    String contentType = ctx.header("Content-Type");
    long declared = ctx.req().getContentLengthLong();
    if (contentType == null && declared <= 0 && ctx.header("Transfer-Encoding") == null) {
      if (mayBeEmpty) {
        return NOTHING;
      }
      throw Problem.badRequest("the body is empty: send it as JSON or YAML");
    }
    String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!TYPES.contains(mediaType)) {
      throw new Problem(415, "unsupported-media-type", "The body must be JSON or YAML",
          "send Content-Type: application/json or application/yaml")
          .header("Accept-Post", "application/json, application/yaml");
    }
    if (declared > files.sizeLimit()) {
      throw tooLarge();
    }
    byte[] body;
    try (InputStream in = ctx.req().getInputStream()) {
      body = in.readNBytes(files.sizeLimit() + 1);
    } catch (IOException unreadable) {
      throw Problem.badRequest("the body could not be read");
    }
    if (body.length > files.sizeLimit()) {
      throw tooLarge();
    }
    if (body.length == 0) {
      if (mayBeEmpty) {
        return NOTHING;
      }
      throw Problem.badRequest("the body is empty");
    }
    return body;
  }

  private Problem tooLarge() {
    return new Problem(413, "too-large", "The body is too large",
        "a body may be at most " + files.sizeLimit() + " bytes long");
  }
}
