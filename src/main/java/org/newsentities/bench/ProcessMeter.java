package org.newsentities.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs a command and measures it from outside: wall time, peak resident memory (read from
 * {@code /proc/<pid>/status} of the process and its children every 50 ms), and the time until the
 * first file with a given suffix appears in its output directory.
 */
final class ProcessMeter {

  private static final Pattern VM_HWM = Pattern.compile("VmHWM:\\s+(\\d+) kB");

  /** What a measured process did. */
  record Measurement(double wallSeconds, OptionalDouble firstOutputSeconds, long peakRssKb,
      int exitCode) {}

  Measurement run(List<String> command, Path outputDir, String outputSuffix, Path log)
      throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    long peakKb = 0;
    OptionalDouble firstOutput = OptionalDouble.empty();
    while (process.isAlive()) {
      peakKb = Math.max(peakKb, rssOfTree(process.toHandle()));
      if (firstOutput.isEmpty() && hasOutput(outputDir, outputSuffix)) {
        firstOutput = OptionalDouble.of((System.nanoTime() - t0) / 1e9);
      }
      Thread.sleep(50);
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    return new Measurement(wall, firstOutput, peakKb, process.exitValue());
  }

  private static long rssOfTree(ProcessHandle handle) {
    long kb = peakRssKb(handle.pid());
    for (ProcessHandle child : handle.descendants().toList()) {
      kb += peakRssKb(child.pid());
    }
    return kb;
  }

  private static long peakRssKb(long pid) {
    try {
      Matcher m = VM_HWM.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
      return m.find() ? Long.parseLong(m.group(1)) : 0;
    } catch (IOException | RuntimeException e) {
      return 0; // the process ended between two polls
    }
  }

  private static boolean hasOutput(Path dir, String suffix) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(suffix));
    } catch (IOException e) {
      return false;
    }
  }
}
