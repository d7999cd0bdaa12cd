package fi.hyvinvointialue.forum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.adapters.jdbc.JdbcForumYears;
import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.port.Change;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.PlanFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file workflow: export, edit, store; conflicts instead of lost edits; history, diff, restore, backup. */
class StoreCommandTest {
  private static final String PLAN = Run.PLANS.resolve("keski-suomi-2026.yaml").toString();
  private static final YearKey KESKI_SUOMI_2026 = YearKey.of("keski-suomi", 2026);
  private static final String FIRST_TITLE = "title: Palveluntuottajafoorumi 2026-03-11";
  /** Nothing listens on port 1: a database that is down. */
  private static final String DATABASE_DOWN = "jdbc:postgresql://127.0.0.1:1/forum?connectTimeout=2";

  @TempDir Path directory;

  @AfterEach
  void closeTheDatabases() throws Exception {
    EmbeddedDatabases.shutDownIn(directory);
  }

  private String database() {
    return directory.resolve("db").toString();
  }

  private JdbcForumYears stored() {
    return JdbcForumYears.open(JdbcForumYears.embeddedH2Url(directory.resolve("db")), "", "");
  }

  private Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add(1, "--store-dir");
    all.add(2, database());
    return Run.of(all.toArray(String[]::new));
  }

  /** Exports the stored year into a file of this name and returns it. */
  private Path export(String name, String... options) {
    Path file = directory.resolve(name);
    List<String> args = new ArrayList<>(List.of("export", "keski-suomi", "2026", "-o", file.toString()));
    args.addAll(List.of(options));
    Run export = run(args.toArray(String[]::new));
    assertEquals(ExitCode.COMPLIANT.code(), export.exitCode(), export.err());
    return file;
  }

  private static Path edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertTrue(text.contains(from), text);
    return Files.writeString(file, text.replace(from, to));
  }

  @Test
  void anExportedYearEditedAndStoredBecomesTheNextVersion() throws IOException {
    assertEquals(ExitCode.COMPLIANT.code(), run("store", "--actor", "sihteeri", PLAN).exitCode());
    Path exported = export("keski-suomi-2026.yaml");
    assertTrue(Files.readString(exported).contains("\nbaseVersion: 1\n"), Files.readString(exported));

    Run stored = run("store", "--actor", "sihteeri", edit(exported, FIRST_TITLE, FIRST_TITLE + " (siirretty)").toString());

    assertEquals(ExitCode.COMPLIANT.code(), stored.exitCode(), stored.err());
    assertTrue(stored.out().endsWith("keski-suomi/2026 version 2\n"), stored.out());
    assertEquals("Palveluntuottajafoorumi 2026-03-11 (siirretty)", stored().find(KESKI_SUOMI_2026).orElseThrow().year().events().get(0).title());
    assertEquals("sihteeri", stored().history(KESKI_SUOMI_2026).get(1).actor());
  }

  @Test
  void aPlanBasedOnAnOlderVersionIsRefusedNamingWhoStoredWhatWhenAndWhatTheyChanged() throws IOException {
    run("store", "--actor", "maija", PLAN);
    Path mine = export("mine.yaml");
    Path theirs = export("theirs.yaml");
    assertEquals(ExitCode.COMPLIANT.code(), run("store", "--actor", "pekka", edit(theirs, FIRST_TITLE, FIRST_TITLE + " (pekka)").toString()).exitCode());

    Run refused = run("store", "--actor", "maija", edit(mine, FIRST_TITLE, FIRST_TITLE + " (maija)").toString());

    assertEquals(ExitCode.CONFLICT.code(), refused.exitCode(), refused.err());
    assertTrue(refused.err().startsWith(mine + ": based on version 1 of keski-suomi/2026, but version 2 is stored"), refused.err());
    assertTrue(refused.err().contains("  version 2  " + Run.AFTER_2026 + "  pekka  stored from " + theirs + "\n"), refused.err());
    assertTrue(refused.err().contains("  CHANGED events[foorumi-2026-1].title: Palveluntuottajafoorumi 2026-03-11 -> "
        + "Palveluntuottajafoorumi 2026-03-11 (pekka)\n"), refused.err());
    assertTrue(refused.err().contains("--force"), refused.err());
    assertEquals(2, stored().find(KESKI_SUOMI_2026).orElseThrow().version(), "nothing stored");
  }

  @Test
  void forceStoresOverAnOlderBaseVersionAndTheHistorySaysSo() throws IOException {
    run("store", PLAN);
    Path mine = export("mine.yaml");
    run("store", export("theirs.yaml").toString());

    Run forced = run("store", "--force", "--actor", "maija", mine.toString());

    assertEquals(ExitCode.COMPLIANT.code(), forced.exitCode(), forced.err());
    Change change = stored().history(KESKI_SUOMI_2026).get(2);
    assertEquals("stored from " + mine + ", forced over version 2 (the file was based on version 1)", change.summary());
  }

  @Test
  void aPlanWithoutABaseVersionOnlyCreatesAYear() {
    assertEquals(ExitCode.COMPLIANT.code(), run("store", "--actor", "maija", PLAN).exitCode());

    Run again = run("store", PLAN);

    assertEquals(ExitCode.CONFLICT.code(), again.exitCode(), again.err());
    assertTrue(again.err().startsWith(PLAN + ": names no base version, but keski-suomi/2026 is stored already"), again.err());
    assertTrue(again.err().contains("  version 1  " + Run.AFTER_2026 + "  maija  stored from " + PLAN + "\n"), again.err());
    assertEquals(1, stored().history(KESKI_SUOMI_2026).size());
  }

  @Test
  void aBaseVersionBelowOneIsBadInputAtItsLineAndColumn() throws IOException {
    Path plan = Files.writeString(directory.resolve("plan.yaml"), "formatVersion: 1\nbaseVersion: 0\ncountyId: keski-suomi\nyear: 2026\n");

    Run run = run("store", plan.toString());

    assertEquals(ExitCode.BAD_INPUT.code(), run.exitCode());
    assertTrue(run.err().startsWith(plan + ":2:14: baseVersion: must be at least 1"), run.err());
  }

  @Test
  void anEarlierVersionIsExportedNamingItselfAndTheStandardOutputIsYaml() throws IOException {
    run("store", PLAN);
    run("store", edit(export("edited.yaml"), FIRST_TITLE, FIRST_TITLE + " (2)").toString());

    Path first = export("first.json", "--version", "1");
    Run toStandardOutput = run("export", "keski-suomi", "2026", "-o", "-");

    Plan read = new PlanFiles().read(first);
    assertEquals(OptionalLong.of(1), read.baseVersion());
    assertEquals(stored().find(KESKI_SUOMI_2026, 1).orElseThrow().year(), read.year());
    assertTrue(toStandardOutput.out().startsWith("formatVersion: 1\nbaseVersion: 2\n"), toStandardOutput.out());
    assertFalse(Files.exists(Path.of("-")));
  }

  @Test
  void historyDiffAndRestore() throws IOException {
    run("store", "--actor", "maija", PLAN);
    run("store", "--actor", "pekka", edit(export("edited.yaml"), FIRST_TITLE, FIRST_TITLE + " (2)").toString());

    Run history = run("history", "keski-suomi", "2026");
    Run diff = run("diff", "keski-suomi", "2026", "1", "2");
    Run restore = run("restore", "keski-suomi", "2026", "1", "--actor", "maija");

    assertEquals("version 1  " + Run.AFTER_2026 + "  maija  stored from " + PLAN + "\n"
        + "version 2  " + Run.AFTER_2026 + "  pekka  stored from " + directory.resolve("edited.yaml") + "\n", history.out());
    assertEquals("CHANGED events[foorumi-2026-1].lastModified: 2026-03-22T13:30:00Z -> " + Run.AFTER_2026 + "\n"
        + "CHANGED events[foorumi-2026-1].title: Palveluntuottajafoorumi 2026-03-11 -> Palveluntuottajafoorumi 2026-03-11 (2)\n",
        diff.out());
    assertEquals("keski-suomi/2026 version 3 (restored from version 1)\n", restore.out(), restore.err());
    StoredYear restored = stored().find(KESKI_SUOMI_2026).orElseThrow();
    assertEquals("Palveluntuottajafoorumi 2026-03-11", restored.year().events().get(0).title());
    assertEquals("restored from version 1", stored().history(KESKI_SUOMI_2026).get(2).summary());
    // the restored event changed again, so calendars see it as modified now: only its LAST-MODIFIED differs
    assertEquals("CHANGED events[foorumi-2026-1].lastModified: 2026-03-22T13:30:00Z -> " + Run.AFTER_2026 + "\n",
        run("diff", "keski-suomi", "2026", "1", "3").out());
  }

  @Test
  void aVersionNeverStoredIsBadInput() {
    run("store", PLAN);

    Run diff = run("diff", "keski-suomi", "2026", "1", "7");
    Run history = run("history", "keski-suomi", "2030");

    assertEquals(ExitCode.BAD_INPUT.code(), diff.exitCode());
    assertEquals("forum: version 7 of keski-suomi/2026 was never stored (the newest is version 1)\n", diff.err());
    assertEquals("forum: nothing is stored for keski-suomi/2030\n", history.err());
  }

  @Test
  void exportAllWritesEveryVersionOfEveryYearWithItsHistory() throws IOException {
    run("store", PLAN);
    run("store", edit(export("edited.yaml"), FIRST_TITLE, FIRST_TITLE + " (2)").toString());
    run("store", Run.PLANS.resolve("pohjanmaa-2026.yaml").toString());
    Path backup = directory.resolve("backup");

    Run all = run("export", "--all", "-o", backup.toString());

    assertEquals(ExitCode.COMPLIANT.code(), all.exitCode(), all.err());
    assertEquals(backup + ": 3 versions of 2 counties\n", all.out());
    for (long version : new long[] {1, 2}) {
      Plan read = new PlanFiles().read(backup.resolve("keski-suomi/2026/" + version + ".yaml"));
      assertEquals(stored().find(KESKI_SUOMI_2026, version).orElseThrow().year(), read.year());
      assertEquals(OptionalLong.of(version), read.baseVersion());
    }
    assertTrue(Files.exists(backup.resolve("pohjanmaa/2026/1.yaml")));
    assertEquals(2, Files.readAllLines(backup.resolve("keski-suomi/2026/history.txt")).size());
  }

  @Test
  void exportNamesEitherAYearOrAllIntoADirectory() {
    Run neither = run("export");
    Run both = run("export", "--all", "keski-suomi", "2026", "-o", directory.resolve("backup").toString());
    Run allToTheStandardOutput = run("export", "--all");
    Run noYear = run("export", "keski-suomi");

    for (Run refused : List.of(neither, both, allToTheStandardOutput, noYear)) {
      assertEquals(ExitCode.BAD_INPUT.code(), refused.exitCode(), refused.err());
    }
    assertTrue(neither.err().startsWith("forum: name either COUNTY YEAR or --all"), neither.err());
    assertTrue(allToTheStandardOutput.err().startsWith("forum: --all writes every version into the directory -o DIR names"),
        allToTheStandardOutput.err());
    assertTrue(noYear.err().startsWith("forum: YEAR is missing"), noYear.err());
  }

  @Test
  void theAuditTimeIsTheClocksNotNow() {
    Run run = run("check", "--store", "--now", "2026-05-01", "--actor", "sihteeri", PLAN);

    assertEquals(ExitCode.COMPLIANT.code(), run.exitCode(), run.err());
    assertEquals(Run.AFTER_2026, stored().history(KESKI_SUOMI_2026).get(0).at());
  }

  @Test
  void checkStoresAnExportedPlanAsTheNextVersionAndRefusesOneWithoutABaseVersionAfterItsVerdict() {
    run("store", PLAN);
    Path exported = export("exported.yaml");

    Run refused = run("check", "--store", "--lang", "en", PLAN);
    Run stored = run("check", "--store", "--lang", "en", exported.toString());

    assertEquals(ExitCode.CONFLICT.code(), refused.exitCode(), refused.err());
    assertTrue(refused.out().contains("  COMPLIANT ("), refused.out());
    assertTrue(refused.err().startsWith(PLAN + ": names no base version"), refused.err());
    assertEquals(ExitCode.COMPLIANT.code(), stored.exitCode(), stored.err());
    assertTrue(stored.err().endsWith("exported.yaml: stored, version 2\n"), stored.err());
  }

  @Test
  void checkPrintsItsVerdictBeforeTheDatabaseThatIsDown() {
    Run run = Run.of("check", "--store", "--jdbc-url", DATABASE_DOWN, "--lang", "en", PLAN, PLAN);

    assertEquals(ExitCode.STORAGE_UNAVAILABLE.code(), run.exitCode(), run.err());
    assertEquals(2, run.out().split("  COMPLIANT \\(", -1).length - 1, "both verdicts: " + run.out());
    assertTrue(run.err().startsWith("forum: "), run.err());
    assertEquals(1, run.err().lines().count(), "tried once: " + run.err());
  }

  @Test
  void aDatabaseThatIsDownIsItsOwnExitCode() {
    Run run = Run.of("store", "--jdbc-url", DATABASE_DOWN, PLAN);

    assertEquals(ExitCode.STORAGE_UNAVAILABLE.code(), run.exitCode(), run.err());
  }

  @Test
  void theUrlAndThePasswordComeFromTheEnvironmentThePasswordAlsoFromAFile() throws IOException {
    String url = JdbcForumYears.inMemoryH2Url("environment-" + directory.getFileName());
    JdbcForumYears.open(url, "forum", "secret");
    Path credential = Files.writeString(directory.resolve("password"), "secret\n");

    Run fromFile = Run.withEnvironment(Map.of("FORUM_JDBC_URL", url, "FORUM_DB_PASSWORD_FILE", credential.toString()),
        "store", "--db-user", "forum", PLAN);
    Run wrong = Run.withEnvironment(Map.of("FORUM_JDBC_URL", url, "FORUM_DB_PASSWORD", "not-the-password-x9"), "history", "--db-user", "forum",
        "keski-suomi", "2026");
    Run missingFile = Run.withEnvironment(Map.of("FORUM_JDBC_URL", url, "FORUM_DB_PASSWORD_FILE", directory.resolve("none").toString()),
        "history", "--db-user", "forum", "keski-suomi", "2026");

    assertEquals(ExitCode.COMPLIANT.code(), fromFile.exitCode(), fromFile.err());
    assertEquals(1, JdbcForumYears.open(url, "forum", "secret").find(KESKI_SUOMI_2026).orElseThrow().version());
    assertEquals(ExitCode.STORAGE_UNAVAILABLE.code(), wrong.exitCode(), wrong.err());
    assertFalse(wrong.err().contains("not-the-password-x9"), wrong.err());
    assertEquals(ExitCode.BAD_INPUT.code(), missingFile.exitCode(), missingFile.err());
    assertTrue(missingFile.err().startsWith("forum: cannot read the database password file "), missingFile.err());
  }

  @Test
  void exportHasHelpBesideItsVersionOption() {
    Run help = Run.of("export", "--help");

    assertEquals(ExitCode.COMPLIANT.code(), help.exitCode(), help.err());
    assertTrue(help.out().contains("--version=N"), help.out());
  }

  @Test
  void theHelpListsTheExitCodes() {
    String help = Run.of("help").out();

    assertTrue(help.contains("Exit codes"), help);
    for (String code : List.of("0   compliant", "1   a plan violates", "2   bad input", "3   conflict", "4   storage unavailable")) {
      assertTrue(help.contains(code), code + " in " + help);
    }
  }
}
