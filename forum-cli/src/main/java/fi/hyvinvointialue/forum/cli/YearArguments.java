package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.domain.YearKey;
import picocli.CommandLine.Parameters;

/** The county and year of a stored year, as the first two arguments of a command that reads one. */
final class YearArguments {
  @Parameters(index = "0", paramLabel = "COUNTY", description = "The county's id, as in its plans (e.g. keski-suomi).")
  String county;

  @Parameters(index = "1", paramLabel = "YEAR", description = "The year, e.g. 2026.")
  int year;

  YearKey key() {
    return YearKey.of(county, year);
  }
}
