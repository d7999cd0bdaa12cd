package fi.hyvinvointialue.forum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output files: whole or not at all, in the usual mode, through links, untouched when unchanged, or to the standard output. */
class OutputFilesTest {
  @TempDir Path directory;

  @Test
  void aFileIsReplacedWhole() throws Exception {
    Path file = directory.resolve("feed.ics");
    Files.writeString(file, "old");

    OutputFiles.write(file, "new");

    assertEquals("new", Files.readString(file));
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
    Path taken = Files.createDirectory(directory.resolve("taken.yaml"));
    Files.writeString(taken.resolve("old.txt"), "old");

    assertThrows(UncheckedIOException.class, () -> OutputFiles.write(taken, "plan"));

    assertEquals("old", Files.readString(taken.resolve("old.txt")));
    try (var listing = Files.list(directory)) {
      assertEquals(List.of("taken.yaml"), listing.map(path -> path.getFileName().toString()).toList());
    }
  }

  @Test
  void aNewFileGetsTheModeAnyProgramGivesOneNotTheTemporaryFilesOwnerOnlyMode() throws Exception {
    Path usual = Files.createFile(directory.resolve("made-by-another-program"));
    Path feed = directory.resolve("feed.ics");

    OutputFiles.write(feed, "BEGIN:VCALENDAR");

    assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(feed));
    assertTrue(Files.getPosixFilePermissions(feed).contains(PosixFilePermission.OTHERS_READ), "readable by a web server: "
        + PosixFilePermissions.toString(Files.getPosixFilePermissions(feed)));
  }

  @Test
  void anExistingFileKeepsItsMode() throws Exception {
    Path feed = Files.writeString(directory.resolve("feed.ics"), "old");
    Files.setPosixFilePermissions(feed, PosixFilePermissions.fromString("rw-r-----"));

    OutputFiles.write(feed, "new");

    assertEquals("new", Files.readString(feed));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(feed)));
  }

  @Test
  void aSymbolicLinkStaysAndTheFileItPointsToIsReplaced() throws Exception {
    Path published = Files.writeString(Files.createDirectory(directory.resolve("www")).resolve("feed.ics"), "old");
    Path link = Files.createSymbolicLink(directory.resolve("feed.ics"), Path.of("www", "feed.ics"));

    OutputFiles.write(link, "new");

    assertTrue(Files.isSymbolicLink(link));
    assertEquals("new", Files.readString(published));
  }

  @Test
  void anUnchangedOutputIsNotRewrittenSoItsModificationTimeStays() throws Exception {
    Path feed = Files.writeString(directory.resolve("feed.ics"), "same");
    FileTime longAgo = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    Files.setLastModifiedTime(feed, longAgo);

    OutputFiles.write(feed, "same");
    assertEquals(longAgo, Files.getLastModifiedTime(feed));

    OutputFiles.write(feed, "changed");
    assertNotEquals(longAgo, Files.getLastModifiedTime(feed));
  }

  @Test
  void aDashIsTheStandardOutput() {
    StringWriter standardOutput = new StringWriter();

    OutputFiles.write(Path.of("-"), "BEGIN:VCALENDAR", new PrintWriter(standardOutput));

    assertEquals("BEGIN:VCALENDAR", standardOutput.toString());
    assertFalse(Files.exists(Path.of("-")), "no file named -");
  }
}
