package fi.hyvinvointialue.forum.secretariat;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * What a request asks, as a digest kept with the change it made: the SHA-256 of the request value's text,
 * which names its type and every attribute. A retry is the same value, so the same digest; another request
 * reusing the id differs in some attribute.
 */
final class RequestDigest {
  private RequestDigest() {}

  static String of(Request request) {
    return "sha256:" + Hashing.sha256().hashString(request.toString(), StandardCharsets.UTF_8);
  }
}
