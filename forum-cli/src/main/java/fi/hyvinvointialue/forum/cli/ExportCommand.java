package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.port.Change;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.PlanFiles;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code forum export COUNTY YEAR}: a stored year as a plan file naming the version it came from, so that
 * the file edited and stored again becomes the next version, or is refused if someone stored one since;
 * {@code forum export --all -o DIR}: every version of every year of every county, with the histories.
 */
@Command(name = "export",
    description = {"Writes a stored year as a plan file that names the version it came from (baseVersion): edit it and "
        + "forum store it back.",
        "With --all, writes every version of every stored year into DIR/COUNTY/YEAR/N.yaml, with the history of each "
            + "year in DIR/COUNTY/YEAR/history.txt: a backup."})
final class ExportCommand implements Callable<Integer> {
  /** A county id used as a directory name as it is; any other is percent-encoded. */
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

  private final Context context;

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "COUNTY", description = "The county's id (e.g. keski-suomi).")
  String county;

  @Parameters(index = "1", arity = "0..1", paramLabel = "YEAR", description = "The year, e.g. 2026.")
  Integer year;

  /** {@code --version} names a stored version here, so the usual help options are declared one by one. */
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Option(names = "--version", paramLabel = "N", description = "An earlier stored version (default: the current one).")
  Long version;

  @Option(names = "--all", description = "Every county, year and version, into the directory -o names.")
  boolean all;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR", defaultValue = OutputFiles.STANDARD_OUTPUT,
      description = "The plan file to write (.yaml, .yml or .json), - for YAML on the standard output (default), "
          + "or with --all the directory.")
  Path output;

  @Mixin StoreOptions store;

  ExportCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (all == (county != null)) {
      throw new ParameterException(spec.commandLine(), "name either COUNTY YEAR or --all");
    }
    if (all ? version != null || OutputFiles.isStandardOutput(output) : year == null) {
      throw new ParameterException(spec.commandLine(), all ? "--all writes every version into the directory -o DIR names"
          : "YEAR is missing: forum export COUNTY YEAR");
    }
    Archive archive = new Archive(store.open());
    if (all) {
      backUp(archive.years());
      return ExitCode.COMPLIANT.code();
    }
    YearKey key = YearKey.of(county, year);
    StoredYear stored = version == null ? archive.current(key) : archive.version(key, version);
    Path file = output;
    PlanFiles files = new PlanFiles();
    Plan plan = new Plan(stored.year(), stored.profile()).basedOn(stored.version());
    OutputFiles.write(file, OutputFiles.isStandardOutput(file) ? files.toYaml(plan) : files.toText(plan, file), context.out());
    if (!OutputFiles.isStandardOutput(file)) {
      context.out().println(file + ": " + Archive.describe(key) + " version " + stored.version());
    }
    return ExitCode.COMPLIANT.code();
  }

  private void backUp(ForumYears years) {
    PlanFiles files = new PlanFiles();
    int written = 0;
    List<String> counties = years.counties();
    for (String countyId : counties) {
      for (int storedYear : years.years(countyId)) {
        YearKey key = YearKey.of(countyId, storedYear);
        Path directory = output.resolve(directoryName(countyId)).resolve(Integer.toString(storedYear));
        List<Change> history = years.history(key);
        for (Change change : history) {
          StoredYear stored = years.find(key, change.version()).orElseThrow();
          OutputFiles.write(directory.resolve(change.version() + ".yaml"),
              files.toYaml(new Plan(stored.year(), stored.profile()).basedOn(stored.version())));
          written++;
        }
        OutputFiles.write(directory.resolve("history.txt"),
            history.stream().map(change -> Archive.describe(change) + "\n").collect(Collectors.joining()));
      }
    }
    context.out().println(output + ": " + written + " versions of " + counties.size() + " counties");
  }

  /** The county's id as a directory name that stays inside the backup whatever the id holds. */
  private static String directoryName(String countyId) {
    return PLAIN_NAME.matcher(countyId).matches() ? countyId
        : URLEncoder.encode(countyId, StandardCharsets.UTF_8).replace(".", "%2E").replace("*", "%2A");
  }
}
