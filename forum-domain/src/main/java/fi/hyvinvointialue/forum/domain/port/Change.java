package fi.hyvinvointialue.forum.domain.port;

import com.google.common.hash.Hashing;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** Who changed a record, when and why: the audit trail a public body keeps of its records. */
@Value.Immutable
@ForumStyle
public interface Change {
  String actor();

  Instant at();

  String summary();

  /** The caller's id for the request; a retried request with the same id is applied once. */
  Optional<String> requestId();

  /**
   * A digest of what the request asked, kept beside its id: a retry asks the same, while another request
   * that reuses the id is told apart and refused instead of being taken for the retry.
   */
  Optional<String> requestDigest();

  /** The digest of a request written out as {@code request}: the form {@link #requestDigest()} keeps. */
  static String digestOf(String request) {
    return "sha256:" + Hashing.sha256().hashString(request, StandardCharsets.UTF_8);
  }

  /**
   * Whether a change applied with {@code appliedDigest} was made by another request than the one with
   * {@code retryDigest}, which names the same request id: both digests are there and differ. Without a digest
   * on either side it is taken for a retry, as before digests were kept.
   */
  static boolean madeByAnotherRequest(Optional<String> appliedDigest, Optional<String> retryDigest) {
    return appliedDigest.isPresent() && retryDigest.isPresent() && !appliedDigest.equals(retryDigest);
  }

  /** The version the change produced; set by the storage. */
  @Value.Default
  default long version() {
    return 0;
  }

  @Value.Check
  default void check() {
    if (actor().isBlank()) {
      throw new IllegalStateException("change.actor must not be blank");
    }
  }
}
