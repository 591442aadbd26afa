package org.newsentities.pipeline;

import java.io.Closeable;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of a run on stderr, and the one writer of stderr during a run so messages and the bar
 * do not tear each other. {@code BAR} redraws one line in place (for a terminal): done/total,
 * percent, articles per second and ETA. {@code LINES} prints the same as a plain line every
 * interval (for logs). {@code OFF} prints only messages.
 */
public final class ProgressReporter implements Closeable {

  /** How progress is shown. */
  public enum Style { BAR, LINES, OFF }

  private static final int BAR_WIDTH = 24;

  private final PrintStream err;
  private final Style style;
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong total = new AtomicLong(-1);
  private final ScheduledExecutorService timer;
  private volatile String status = "";
  private volatile long startNanos = System.nanoTime();
  private boolean barShown;

  public ProgressReporter(PrintStream err, Style style, Duration interval) {
    this.err = err;
    this.style = style;
    if (style == Style.OFF) {
      this.timer = null;
      return;
    }
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "progress");
      t.setDaemon(true);
      return t;
    });
    long period = style == Style.BAR ? 500 : interval.toMillis();
    timer.scheduleAtFixedRate(this::render, period, period, TimeUnit.MILLISECONDS);
  }

  /** The number of articles expected, once it is known. */
  public void setTotal(long articles) {
    total.set(articles);
  }

  /** What the run is doing besides articles ("loading models"); empty to clear. */
  public void status(String text) {
    status = text;
    if (style == Style.LINES) {
      if (!text.isEmpty()) {
        message(text + "...");
      }
    } else if (style == Style.BAR) {
      render();
    }
  }

  /** Articles are timed from here on (model loading is not part of the rate). */
  public void startClock() {
    startNanos = System.nanoTime();
  }

  public void articleDone() {
    done.incrementAndGet();
  }

  /** One line (a failure, a warning), printed above the bar. */
  public synchronized void message(String line) {
    clearBar();
    err.println(line);
    if (style == Style.BAR) {
      drawBar();
    }
  }

  @Override
  public synchronized void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
    clearBar();
    err.flush();
  }

  private synchronized void render() {
    if (style == Style.BAR) {
      clearBar();
      drawBar();
    } else if (style == Style.LINES) {
      err.println("progress: " + figures());
    }
  }

  private void drawBar() {
    long n = done.get();
    long t = total.get();
    StringBuilder line = new StringBuilder();
    if (t > 0) {
      int filled = (int) Math.min(BAR_WIDTH, BAR_WIDTH * n / t);
      line.append('[').append("=".repeat(filled)).append(" ".repeat(BAR_WIDTH - filled))
          .append("] ");
    }
    line.append(figures());
    err.print(line);
    err.flush();
    barShown = true;
  }

  private void clearBar() {
    if (barShown) {
      err.print("\r\033[K");
      barShown = false;
    }
  }

  /** "120/300 articles (40%), 2.3 articles/s, ETA 1m18s" */
  String figures() {
    long n = done.get();
    long t = total.get();
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    double rate = seconds > 0 ? n / seconds : 0;
    StringBuilder s = new StringBuilder();
    s.append(n);
    if (t > 0) {
      s.append('/').append(t);
    }
    s.append(" articles");
    if (t > 0) {
      s.append(String.format(Locale.ROOT, " (%d%%)", Math.min(100, 100 * n / t)));
    }
    s.append(String.format(Locale.ROOT, ", %.1f articles/s", rate));
    if (t > 0 && rate > 0 && n < t) {
      s.append(", ETA ").append(duration((long) ((t - n) / rate)));
    }
    if (!status.isEmpty()) {
      s.append(" - ").append(status);
    }
    return s.toString();
  }

  static String duration(long seconds) {
    if (seconds >= 3600) {
      return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
    }
    return seconds >= 60 ? String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60)
        : seconds + "s";
  }
}
