package org.newsentities.pipeline;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Keeps two runs from writing into the same directory at once (they would remove each other's
 * temporary files and interleave their manifests). An OS file lock: a killed run releases it.
 */
public final class RunLock implements Closeable {

  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock on {@code directory}, or empty when another run holds it. */
  public static Optional<RunLock> tryAcquire(Path directory) throws IOException {
    Files.createDirectories(directory);
    FileChannel channel = FileChannel.open(directory.resolve(org.newsentities.ingest.ArticleSource.RUN_MARKER),
        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException e) {
      lock = null; // held by another run in this JVM
    }
    if (lock == null) {
      channel.close();
      return Optional.empty();
    }
    return Optional.of(new RunLock(channel, lock));
  }

  @Override
  public void close() throws IOException {
    lock.release();
    channel.close();
  }
}
