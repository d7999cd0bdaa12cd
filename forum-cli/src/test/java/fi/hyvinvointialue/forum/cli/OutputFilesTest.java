package fi.hyvinvointialue.forum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
