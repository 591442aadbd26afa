package org.newsentities.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.newsentities.annotate.ModelVersion;
import org.newsentities.config.ConfigLoader;
import org.newsentities.config.PipelineConfig;
import org.newsentities.ingest.SourceArticle;
import org.newsentities.model.Provenance;

/**
 * What made an output, as recorded in its provenance: our version and build, the models, and the
 * configuration. An output is current when all three (and the input's hash) are unchanged.
 *
 * @param pipelineVersion {@code <version>+<first 12 hex of the jar's sha256>}, so every rebuild of
 *     the code or of the resources shipped in the jar counts as a new pipeline; {@code dev} when run
 *     from a classes directory (tests)
 */
public record PipelineVersion(String pipelineVersion, String modelVersion, String configSha256) {

  public static PipelineVersion of(PipelineConfig config) {
    return new PipelineVersion(build(), ModelVersion.describe(config.annotator()),
        ConfigLoader.fingerprint(config));
  }

  public Provenance provenance(SourceArticle article, List<String> warnings) {
    Optional<Integer> line = article.origin().line().isPresent()
        ? Optional.of(article.origin().line().getAsInt()) : Optional.empty();
    return new Provenance(article.origin().path(), line, article.contentHash(), pipelineVersion,
        modelVersion, configSha256, warnings);
  }

  private static String build() {
    String version = PipelineVersion.class.getPackage().getImplementationVersion();
    try {
      Path code = Path.of(PipelineVersion.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      if (version == null || !Files.isRegularFile(code)) {
        return "dev";
      }
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(code), sha)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return version + "+" + HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (IOException | URISyntaxException | NoSuchAlgorithmException | SecurityException e) {
      return version == null ? "dev" : version;
    }
  }
}
