package fi.hyvinvointialue.forum.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/** The API's JSON bodies: built as trees, sent with their length. */
final class JsonResponses {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String JSON = "application/json";

  private JsonResponses() {}

  /** Adds to the response's Vary header rather than replacing it (CORS may have put Origin there). */
  static void vary(Context ctx, String headers) {
    String existing = ctx.res().getHeader("Vary");
    ctx.header("Vary", existing == null ? headers : existing + ", " + headers);
  }

  static void send(Context ctx, int status, String contentType, JsonNode body) {
    send(ctx, status, contentType, body.toString());
  }

  static void send(Context ctx, int status, String contentType, String body) {
    send(ctx, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  static void send(Context ctx, int status, String contentType, byte[] bytes) {
    ctx.status(status);
    ctx.contentType(contentType);
    ctx.header("Content-Length", Integer.toString(bytes.length));
    ctx.result(bytes);
  }
}
