package org.newsentities.pipeline;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsentities.ingest.Hashing;
import org.newsentities.ingest.InputOrigin;
import org.newsentities.ingest.SourceArticle;
import org.newsentities.model.DocumentDateSource;
import org.newsentities.testing.SharedModels;

/**
 * The claim of {@link TimeLimitedPipeline}'s documentation, checked on real CoreNLP: a worker
 * interrupted in the middle of a long article stops soon after (the tagger checks for interrupts),
 * rather than running on in the background.
 */
class TimeLimitIT {

  @Test
  void coreNlpStopsSoonAfterTheInterrupt() throws InterruptedException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < 300_000; i++) {
      text.append("Minister Anna Keller met delegates from Norway and Chile in Geneva on day ")
          .append(i).append(", and the talks went on until late in the evening. ");
    }
    SourceArticle article = new SourceArticle("long", Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), DocumentDateSource.NONE, Optional.empty(),
        text.toString(), InputOrigin.file("long.txt"), Hashing.sha256(new byte[0]), List.of());
    try (TimeLimitedPipeline limited =
        new TimeLimitedPipeline(SharedModels.pipeline(), Duration.ofSeconds(2))) {
      long t0 = System.nanoTime();
      assertThrows(ArticleTimedOutException.class, () -> limited.process(article));
      long timedOut = System.nanoTime();
      assertTrue((timedOut - t0) / 1e9 < 3, "the caller got its answer at the limit");
      while (limited.abandonedWorkersRunning() > 0 && System.nanoTime() - timedOut < 30e9) {
        Thread.sleep(50);
      }
      double stoppedAfter = (System.nanoTime() - timedOut) / 1e9;
      System.out.printf("TimeLimitIT: the interrupted CoreNLP worker stopped %.2f s after the limit%n",
          stoppedAfter);
      assertTrue(limited.abandonedWorkersRunning() == 0 && stoppedAfter < 10,
          "the worker still ran " + stoppedAfter + " s after its interrupt");
    }
  }
}
