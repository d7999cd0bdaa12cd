package fi.hyvinvointialue.forum.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import java.io.IOException;
import java.util.Optional;

/**
 * A stored version of a year as one JSON document: the year with the profile it is checked against, in
 * a storage format of its own ({@code {"storageFormatVersion": 1, "profile": ..., "plan": {...}}}) that
 * evolves apart from the plan file format. Version 1 holds the year as plan format 1 does, but keeps
 * everything the model accepts (empty texts and lists too) and does not ask that the profile be the
 * county's own, which a plan file does: storage keeps what it was given. The test fixtures of every
 * storage format version are frozen, so a change of the plan file's shape cannot silently change what
 * is stored: it shows as a failing fixture and becomes a new storage format version with an upcaster in
 * {@link #read}.
 */
public final class YearDocuments {
  /** The storage format this version of the library writes. */
  public static final int FORMAT_VERSION = 1;

  private static final String VERSION_FIELD = "storageFormatVersion";
  private static final String PROFILE_FIELD = "profile";
  private static final String PLAN_FIELD = "plan";

  private final ObjectMapper json = PlanMapper.storedDocuments()
      .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT));

  /** Readers of one field inside the document: what follows it is the document's, not a fault. */
  private final ObjectReader profiles = json.readerFor(PolicyProfile.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final ObjectReader plans = json.readerFor(PlanDto.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The document of a year and its profile, compact JSON. */
  public String write(ForumYear year, PolicyProfile profile) {
    ObjectNode document = json.createObjectNode();
    document.put(VERSION_FIELD, FORMAT_VERSION);
    ObjectNode plan = json.valueToTree(new Plan(year, profile));
    document.set(PROFILE_FIELD, plan.remove(PROFILE_FIELD));
    document.set(PLAN_FIELD, plan);
    try {
      return json.writeValueAsString(document);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("a stored year could not be written: " + impossible.getMessage(), impossible);
    }
  }

  /**
   * Reads a document of any storage format version this library has written.
   *
   * @throws PlanFileError naming {@code source} (e.g. the county-year and version) and the field, when the
   *     document is not one this library wrote
   */
  public Plan read(String source, String document) {
    return readCurrentFormat(document).orElseGet(() -> readCarefully(source, document));
  }

  /**
   * The fast way, for a document of this library's format: fields bound as they stream by, in any
   * order (PostgreSQL's jsonb puts the format version last), with no tree built first. Anything else
   * (another format version, a fault) is left to {@link #readCarefully}, which says what is wrong.
   */
  private Optional<Plan> readCurrentFormat(String document) {
    int version = 0;
    PolicyProfile profile = null;
    ForumYear year = null;
    try (JsonParser parser = json.createParser(document)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals(VERSION_FIELD) && value == JsonToken.VALUE_NUMBER_INT) {
          version = parser.getIntValue();
        } else if (field.equals(PROFILE_FIELD)) {
          profile = profiles.readValue(parser);
        } else if (field.equals(PLAN_FIELD)) {
          PlanDto plan = plans.readValue(parser);
          year = plan == null ? null : plan.toYear();
        } else {
          return Optional.empty();
        }
      }
      boolean whole = parser.currentToken() == JsonToken.END_OBJECT && parser.nextToken() == null;
      return whole && version == FORMAT_VERSION && profile != null && year != null
          ? Optional.of(new Plan(year, profile))
          : Optional.empty();
    } catch (IOException | InvalidField | IllegalStateException | IllegalArgumentException notThisFormat) {
      return Optional.empty();
    }
  }

  /** The document read as a tree: its format version first, then its fields, each fault named. */
  private Plan readCarefully(String source, String document) {
    try {
      JsonNode root = json.readTree(document);
      JsonNode version = root == null ? null : root.get(VERSION_FIELD);
      if (version == null || !version.isInt()) {
        throw new PlanFileError(source, 0, 0, VERSION_FIELD, "missing: not a stored year");
      }
      if (version.intValue() != FORMAT_VERSION) {
        throw new PlanFileError(source, 0, 0, VERSION_FIELD,
            "storage format " + version.intValue() + " is newer than this version of forum-policy reads (" + FORMAT_VERSION + ")");
      }
      PolicyProfile profile = json.treeToValue(root.get(PROFILE_FIELD), PolicyProfile.class);
      ForumYear year = json.treeToValue(root.get(PLAN_FIELD), PlanDto.class).toYear();
      if (profile == null || year == null) {
        throw new PlanFileError(source, 0, 0, profile == null ? PROFILE_FIELD : PLAN_FIELD, "missing: not a stored year");
      }
      return new Plan(year, profile);
    } catch (JsonProcessingException unreadable) {
      throw PlanFileErrors.from(source, unreadable);
    } catch (InvalidField invalid) {
      throw new PlanFileError(source, 0, 0, invalid.field(), invalid.getMessage());
    }
  }
}
