package fi.hyvinvointialue.forum.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.hyvinvointialue.forum.json.PlanFileError;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the API refuses, as an RFC 9457 problem: its type, title, status and detail, with the line,
 * column and field of a plan that cannot be read. Thrown by a handler and written by {@link #send}.
 */
final class Problem extends RuntimeException {
  private static final String CONTENT_TYPE = "application/problem+json";
  private static final long serialVersionUID = 1L;
  /** How much of a refused body is read and thrown away before the connection is closed instead. */
  private static final long DRAIN_LIMIT = 8L << 20;
  private static final String TYPES = "urn:forum-policy:problem:";

  private final int status;
  private final String type;
  private final String title;
  private final transient Map<String, Object> extensions = new LinkedHashMap<>();
  private final transient Map<String, String> headers = new LinkedHashMap<>();

  Problem(int status, String type, String title, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.type = TYPES + type;
    this.title = title;
  }

  static Problem badRequest(String detail) {
    return new Problem(400, "bad-request", "Bad request", detail);
  }

  static Problem notFound(String detail) {
    return new Problem(404, "not-found", "Not found", detail);
  }

  static Problem unauthorized(String detail) {
    return new Problem(401, "unauthorized", "A usable bearer token is needed", detail)
        .header("WWW-Authenticate", "Bearer realm=\"forum\"");
  }

  static Problem forbidden(String detail) {
    return new Problem(403, "forbidden", "Not allowed with this token", detail);
  }

  static Problem unprocessable(String detail) {
    return new Problem(422, "unprocessable", "The body contradicts the request", detail);
  }

  static Problem stale(String detail, long currentVersion) {
    return new Problem(412, "stale", "The precondition does not hold", detail).with("currentVersion", currentVersion);
  }

  /** A plan that cannot be read, where it went wrong: the same line, column and field as the command line's errors. */
  static Problem of(PlanFileError error) {
    Problem problem = new Problem(400, "invalid-plan", "The plan cannot be read", error.problem());
    if (error.line() > 0) {
      problem.with("line", error.line()).with("column", Math.max(1, error.column()));
    }
    if (!error.path().isEmpty()) {
      problem.with("field", error.path());
    }
    return problem;
  }

  Problem with(String member, Object value) {
    extensions.put(member, value);
    return this;
  }

  Problem header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /**
   * Reads what is left of a refused request's body, up to a bound, so that the client reads the answer
   * rather than a broken connection, and the connection can serve its next request.
   */
  private static boolean drained(Context ctx) {
    try {
      InputStream in = ctx.req().getInputStream();
      byte[] buffer = new byte[8192];
      long left = DRAIN_LIMIT;
      int read;
      while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
        left -= read;
      }
      return left > 0;
    } catch (IOException | IllegalStateException unreadable) {
      return false;
    }
  }

  void send(Context ctx) {
    ObjectNode body = JsonResponses.MAPPER.createObjectNode()
        .put("type", type)
        .put("title", title)
        .put("status", status);
    if (getMessage() != null) {
      body.put("detail", getMessage());
    }
    extensions.forEach((member, value) -> body.set(member, JsonResponses.MAPPER.valueToTree(value)));
    headers.forEach(ctx::header);
    if (ctx.req().getContentLengthLong() != 0 && !drained(ctx)) {
      ctx.header("Connection", "close");
    }
    ctx.header("Cache-Control", "no-store");
    JsonResponses.send(ctx, status, CONTENT_TYPE, body);
  }
}
