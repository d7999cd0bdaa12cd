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
import java.util.function.BiFunction;

/**
 * A plan, or an operation's body, in a request: read as plan files are, JSON or YAML by its content type (415
 * otherwise), at most as large as a plan file (413 beyond, before anything is parsed), refused with the line,
 * column and field of the first problem.
 */
final class PlanBodies {
  private static final Set<String> TYPES = Set.of("application/json", "application/yaml", "application/x-yaml", "text/yaml");
  private static final Body NOTHING = new Body("{}".getBytes(StandardCharsets.UTF_8), Syntax.JSON);

  private final PlanFiles files;

  PlanBodies(PlanFiles files) {
    this.files = files;
  }

  Plan read(Context ctx) {
    return parsed(body(ctx, false), "plan", (in, syntax) -> files.read("body", in, syntax));
  }

  /** An operation's body; one that carries nothing ({@link OperationBodies.EmptyBody}) may be left out. */
  <T> T read(Context ctx, Class<T> type) {
    return parsed(body(ctx, type == OperationBodies.EmptyBody.class), "body", (in, syntax) -> files.readBody("body", in, type, syntax));
  }

  /** A body's bytes and the syntax they are read in: JSON by the JSON parser (three times as fast), else YAML. */
  private record Body(byte[] bytes, Syntax syntax) {}

  private static <T> T parsed(Body body, String what, BiFunction<InputStream, Syntax, T> reader) {
    try {
      return reader.apply(new ByteArrayInputStream(body.bytes()), body.syntax());
    } catch (PlanFileError error) {
      throw Problem.of(error);
    } catch (IllegalArgumentException | IllegalStateException inconsistent) {
      throw Problem.badRequest("the " + what + " is not consistent: " + inconsistent.getMessage());
    }
  }

  private Body body(Context ctx, boolean mayBeEmpty) {
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
    return new Body(body, mediaType.equals("application/json") ? Syntax.JSON : Syntax.YAML);
  }

  private Problem tooLarge() {
    return new Problem(413, "too-large", "The body is too large",
        "a body may be at most " + files.sizeLimit() + " bytes long");
  }
}
