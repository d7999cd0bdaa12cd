package fi.hyvinvointialue.forum.domain.port;

import fi.hyvinvointialue.forum.domain.ForumStyle;
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

  /**
   * Whether a change applied with {@code appliedDigest} was made by another request than {@code retry}, which
   * names the same request id: both have digests and they differ. Without a digest on either side it is taken
   * for a retry, as before digests were kept.
   */
  static boolean madeByAnotherRequest(Optional<String> appliedDigest, Change retry) {
    return appliedDigest.isPresent() && retry.requestDigest().isPresent() && !appliedDigest.equals(retry.requestDigest());
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
