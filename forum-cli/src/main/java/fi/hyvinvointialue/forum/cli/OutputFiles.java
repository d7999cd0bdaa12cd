package fi.hyvinvointialue.forum.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;

/**
 * Every file the command writes, written whole or not at all: the content goes to a temporary file
 * beside the target and is moved into place, so a reader never sees half a file and a failed write
 * leaves the old file as it was.
 *
 * <p>Files are published (a web server, often running as another user, serves the feed): a new file
 * gets the usual mode ({@code rw-rw-rw-} less the umask, 0644 under umask 022, not the temporary file's
 * 0600), an existing one keeps its mode, a symbolic link stays and its target is replaced, and a file
 * that already holds the same bytes is left untouched, so its modification time (and a web server's
 * ETag) changes only when its content does. {@code -} is the standard output.
 */
final class OutputFiles {
  /** The name that means the standard output. */
  static final String STANDARD_OUTPUT = "-";

  private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-rw-rw-");

  private OutputFiles() {}

  /** Whether the path is {@code -}, the standard output. */
  static boolean isStandardOutput(Path file) {
    return file.toString().equals(STANDARD_OUTPUT);
  }

  /** Writes the text to the file, or to {@code standardOutput} for {@code -}. */
  static void write(Path file, String text, PrintWriter standardOutput) {
    if (isStandardOutput(file)) {
      standardOutput.print(text);
      standardOutput.flush();
    } else {
      write(file, text);
    }
  }

  static void write(Path file, String text) {
    write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  static void write(Path file, byte[] content) {
    Path temporary = null;
    try {
      Path target = followLinks(file.toAbsolutePath());
      if (holds(target, content)) {
        return;
      }
      Files.createDirectories(target.getParent());
      boolean posix = target.getFileSystem().supportedFileAttributeViews().contains("posix");
      FileAttribute<?>[] mode = posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(NEW_FILE)} : new FileAttribute<?>[0];
      temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp", mode);
      Files.write(temporary, content);
      if (posix && Files.exists(target)) {
        Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
      }
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException notAtomic) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException failed) {
      deleteQuietly(temporary);
      throw new UncheckedIOException("cannot write " + file + ": " + failed.getMessage(), failed);
    }
  }

  /** The file a chain of symbolic links ends at (which need not exist yet), or the path itself. */
  private static Path followLinks(Path path) throws IOException {
    Path target = path;
    for (int links = 0; Files.isSymbolicLink(target); links++) {
      if (links == 40) {
        throw new IOException("too many levels of symbolic links");
      }
      target = target.getParent().resolve(Files.readSymbolicLink(target)).normalize();
    }
    return target;
  }

  /** Whether the file is a regular file with exactly these bytes. */
  private static boolean holds(Path file, byte[] content) throws IOException {
    return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == content.length
        && Arrays.equals(Files.readAllBytes(file), content);
  }

  private static void deleteQuietly(Path temporary) {
    if (temporary == null) {
      return;
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException ignored) {
      // the write already failed; a stray temporary file is the lesser problem to report
    }
  }
}
