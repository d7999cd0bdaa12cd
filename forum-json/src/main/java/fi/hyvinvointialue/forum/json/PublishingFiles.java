package fi.hyvinvointialue.forum.json;

import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.CountyPublishing;
import fi.hyvinvointialue.forum.domain.ImmutableCountyPublishing;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publishing settings files: how one or several counties publish their forum years (their forum contact,
 * own domain and public site), kept beside the counties rather than in the approved policy profile.
 * YAML or JSON by extension, read with the plan files' limits; a mistake is a {@link PlanFileError} naming
 * the file, line, column and field:
 *
 * <pre>
 * counties:
 *   - countyId: keski-suomi
 *     organiserName: Keski-Suomen hyvinvointialue
 *     organiserEmail: foorumi@hyvaks.fi
 *     publicBaseUrl: https://foorumi.hyvaks.fi/
 *     accessibilityStatement: https://www.hyvaks.fi/saavutettavuusseloste
 * </pre>
 */
public final class PublishingFiles {
  private final PlanFiles files = new PlanFiles();

  /** The counties' settings in the file, by county id. */
  public Settings read(Path file) {
    return settings(file.toString(), files.read(file, PublishingFileDto.class));
  }

  /** The counties' settings in YAML (JSON being YAML too); {@code sourceName} names it in errors. */
  public Settings readYaml(String sourceName, InputStream in) {
    return settings(sourceName, files.readYaml(sourceName, in, PublishingFileDto.class));
  }

  private static Settings settings(String source, PublishingFileDto content) {
    Map<String, CountyPublishing> counties = new LinkedHashMap<>();
    for (int index = 0; index < content.counties().size(); index++) {
      CountyPublishing county = content.counties().get(index);
      if (counties.putIfAbsent(county.countyId(), county) != null) {
        throw new PlanFileError(source, 0, 0, "counties[" + index + "].countyId",
            "'" + county.countyId() + "' is already given earlier in the file");
      }
    }
    return new Settings(source, ImmutableMap.copyOf(counties));
  }

  /** The settings of a file, by county. */
  public static final class Settings {
    private final String source;
    private final ImmutableMap<String, CountyPublishing> counties;

    private Settings(String source, ImmutableMap<String, CountyPublishing> counties) {
      this.source = source;
      this.counties = counties;
    }

    public ImmutableMap<String, CountyPublishing> counties() {
      return counties;
    }

    /**
     * The county's settings; a county the file does not name cannot publish, so it is an error naming the
     * file and the counties it does name, never a feed without an organiser.
     */
    public CountyPublishing of(String countyId) {
      CountyPublishing county = counties.get(countyId);
      if (county == null) {
        throw new PlanFileError(source, 0, 0, "counties", "has no publishing settings for the county '" + countyId
            + "' (it has " + (counties.isEmpty() ? "none" : String.join(", ", counties.keySet()))
            + "): add its organiser to publish its feed");
      }
      return county;
    }
  }

  record PublishingFileDto(List<CountyPublishing> counties) {}

  record CountyPublishingDto(
      String countyId,
      String organiserName,
      String organiserEmail,
      @Omittable URI publicBaseUrl,
      @Omittable URI accessibilityStatement) {
    static CountyPublishingDto of(CountyPublishing value) {
      return new CountyPublishingDto(value.countyId(), value.organiserName(), value.organiserEmail(),
          value.publicBaseUrl().orElse(null), value.accessibilityStatement().orElse(null));
    }

    CountyPublishing toDomain() {
      return ImmutableCountyPublishing.builder().countyId(countyId).organiserName(organiserName)
          .organiserEmail(organiserEmail).publicBaseUrl(Optional.ofNullable(publicBaseUrl))
          .accessibilityStatement(Optional.ofNullable(accessibilityStatement)).build();
    }
  }
}
