package fi.hyvinvointialue.forum.server.api;

import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.PlanFileError;
import fi.hyvinvointialue.forum.json.PlanFiles;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

/**
 * A plan in a request's body, read as plan files are: JSON or YAML by its content type (415 otherwise), at
 * most as large as a plan file (413 beyond, before anything is parsed), refused with the line, column and
 * field of the first problem.
 */
final class PlanBodies {
  private static final Set<String> TYPES = Set.of("application/json", "application/yaml", "application/x-yaml", "text/yaml");

  private final PlanFiles files;

  PlanBodies(PlanFiles files) {
    this.files = files;
  }

  Plan read(Context ctx) {
    String contentType = ctx.header("Content-Type");
    String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!TYPES.contains(mediaType)) {
      throw new Problem(415, "unsupported-media-type", "The body must be a plan in JSON or YAML",
          "send Content-Type: application/json or application/yaml")
          .header("Accept-Post", "application/json, application/yaml");
    }
    long declared = ctx.req().getContentLengthLong();
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
      throw Problem.badRequest("the body is empty: send a plan");
    }
    try {
      // JSON is YAML too: the YAML reader names the line and column in either
      return files.readYaml("body", new ByteArrayInputStream(body));
    } catch (PlanFileError error) {
      throw Problem.of(error);
    } catch (IllegalArgumentException | IllegalStateException inconsistent) {
      throw Problem.badRequest("the plan is not consistent: " + inconsistent.getMessage());
    }
  }

  private Problem tooLarge() {
    return new Problem(413, "too-large", "The body is too large",
        "a plan may be at most " + files.sizeLimit() + " bytes long");
  }
}
