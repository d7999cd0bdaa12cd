package fi.hyvinvointialue.forum.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Sends a representation as HTTP wants it: gzip when the client accepts it, 304 when the client's
 * copy is current (If-None-Match with the weak comparison RFC 9110 13.1.2 prescribes for GET and HEAD,
 * else If-Modified-Since), no body for HEAD; and records how many body bytes went out for the access log.
 */
final class Responses {
  /** Clients may keep a copy but ask again each time: a new version shows up at once, and asking costs a 304. */
  static final String CACHE_CONTROL = "public, no-cache";
  static final String BYTES_SENT = "forum.bytesSent";

  private Responses() {}

  static void send(Context ctx, Representation representation) {
    send(ctx, representation, CACHE_CONTROL);
  }

  /** As {@link #send(Context, Representation)}, with a Cache-Control of its own. */
  static void send(Context ctx, Representation representation, String cacheControl) {
    boolean gzip = acceptsGzip(ctx.header("Accept-Encoding"));
    String tag = gzip ? representation.gzipTag() : representation.identityTag();
    ctx.header("ETag", tag);
    ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(representation.lastModified().atOffset(ZoneOffset.UTC)));
    ctx.header("Cache-Control", cacheControl);
    ctx.header("Vary", "Accept-Encoding");
    if (notModified(ctx.header("If-None-Match"), ctx.header("If-Modified-Since"), tag, representation.lastModified())) {
      ctx.status(304);
      ctx.attribute(BYTES_SENT, 0);
      return;
    }
    if (gzip) {
      ctx.header("Content-Encoding", "gzip");
    }
    body(ctx, 200, representation.contentType(), gzip ? representation.gzip() : representation.identity());
  }

  /** A body that is not cached: a 404 page, the health report. */
  static void body(Context ctx, int status, String contentType, String text) {
    body(ctx, status, contentType, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void body(Context ctx, int status, String contentType, byte[] bytes) {
    ctx.status(status);
    ctx.contentType(contentType);
    ctx.header("Content-Length", Integer.toString(bytes.length));
    if (ctx.method() == HandlerType.HEAD) {
      ctx.attribute(BYTES_SENT, 0);
    } else {
      ctx.attribute(BYTES_SENT, bytes.length);
      ctx.result(bytes);
    }
  }

  static boolean notModified(String ifNoneMatch, String ifModifiedSince, String tag, Instant lastModified) {
    if (ifNoneMatch != null) {
      return matchesWeakly(ifNoneMatch, tag);
    }
    if (ifModifiedSince != null) {
      try {
        Instant since = ZonedDateTime.parse(ifModifiedSince.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return !lastModified.isAfter(since);
      } catch (DateTimeParseException notADate) {
        return false; // RFC 9110 13.1.3: an invalid date is ignored
      }
    }
    return false;
  }

  /** Whether any entity tag in an If-None-Match list (or {@code *}) is the tag, W/ prefixes disregarded. */
  static boolean matchesWeakly(String ifNoneMatch, String tag) {
    String opaque = withoutWeakPrefix(tag);
    for (String candidate : ifNoneMatch.split(",")) {
      String trimmed = candidate.trim();
      if (trimmed.equals("*") || withoutWeakPrefix(trimmed).equals(opaque)) {
        return true;
      }
    }
    return false;
  }

  private static String withoutWeakPrefix(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  /** Whether Accept-Encoding allows gzip: named (or {@code *}) without {@code q=0}. */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    Boolean wildcard = null;
    for (String coding : acceptEncoding.split(",")) {
      String[] parts = coding.split(";");
      String name = parts[0].trim().toLowerCase(Locale.ROOT);
      boolean allowed = true;
      for (int i = 1; i < parts.length; i++) {
        String parameter = parts[i].trim().toLowerCase(Locale.ROOT).replace(" ", "");
        if (parameter.matches("q=0(\\.0{0,3})?")) {
          allowed = false;
        }
      }
      if (name.equals("gzip") || name.equals("x-gzip")) {
        return allowed;
      }
      if (name.equals("*")) {
        wildcard = allowed;
      }
    }
    return Boolean.TRUE.equals(wildcard);
  }
}
