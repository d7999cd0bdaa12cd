package fi.hyvinvointialue.forum.server;

import com.google.common.hash.Hashing;
import com.google.common.io.BaseEncoding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.zip.GZIPOutputStream;

/**
 * A response body rendered once, in both encodings, each with its own strong ETag (RFC 9110 8.8.3:
 * a different encoding is a different representation), and when it last changed, to the second.
 */
record Representation(String contentType, byte[] identity, byte[] gzip, String identityTag, String gzipTag, Instant lastModified) {
  static Representation of(String contentType, byte[] content, Instant lastModified) {
    String hash = BaseEncoding.base64Url().omitPadding().encode(Hashing.sha256().hashBytes(content).asBytes()).substring(0, 27);
    return new Representation(contentType, content, gzip(content), '"' + hash + '"', '"' + hash + "-gzip\"",
        lastModified.truncatedTo(ChronoUnit.SECONDS));
  }

  private static byte[] gzip(byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 3 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(content);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return out.toByteArray();
  }
}
