package io.kubesim.admission.config;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads files and words failures as Go's {@code os.ReadFile} does, for upstream's messages. */
final class FileErrors {

  private FileErrors() {}

  /** The file's bytes, or an IOException whose message is Go's error text. */
  static byte[] read(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException("read " + file + ": is a directory");
    }
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IOException("open " + file + ": no such file or directory", e);
    } catch (AccessDeniedException e) {
      throw new IOException("open " + file + ": permission denied", e);
    }
  }
}
