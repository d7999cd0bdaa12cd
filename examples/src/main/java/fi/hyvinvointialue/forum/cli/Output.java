package fi.hyvinvointialue.forum.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes an output file whole or not at all: a temporary file beside it, moved into place. */
final class Output {
  private Output() {}

  static void write(Path file, byte[] content) {
    Path target = file.toAbsolutePath();
    Path temporary = null;
    try {
      Files.createDirectories(target.getParent());
      temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      Files.write(temporary, content);
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException notAtomic) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException failed) {
      if (temporary != null) {
        temporary.toFile().delete();
      }
      throw new UncheckedIOException("cannot write " + file + ": " + failed.getMessage(), failed);
    }
  }
}
