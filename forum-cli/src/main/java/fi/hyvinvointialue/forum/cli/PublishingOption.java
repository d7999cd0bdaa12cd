package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.domain.CountyPublishing;
import fi.hyvinvointialue.forum.json.PublishingFiles;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --publishing FILE}: the counties' publishing settings, which every published feed needs. */
final class PublishingOption {
  @Option(names = "--publishing", paramLabel = "FILE",
      description = "The counties' publishing settings (organiser, e-mail, public address), e.g. examples/publishing/keski-suomi.yaml.")
  Path file;

  /** Every county the file names; none without the option. */
  List<CountyPublishing> all() {
    return file == null ? List.of() : List.copyOf(new PublishingFiles().read(file).counties().values());
  }

  /** The county's settings; without the option, or without the county in the file, nothing can be published. */
  CountyPublishing of(String countyId) {
    if (file == null) {
      throw new IllegalArgumentException("publishing a feed needs the county's organiser: give --publishing FILE"
          + " (see examples/publishing/keski-suomi.yaml)");
    }
    return new PublishingFiles().read(file).of(countyId);
  }
}
