package org.newsentities.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.newsentities.annotate.TextAnnotator;
import org.newsentities.config.PipelineConfig;
import org.newsentities.pipeline.ArticlePipeline;
import org.newsentities.pipeline.PipelineFactory;
import picocli.CommandLine;

/** Runs the command line in-process, as a user would, over a given annotator; captures its output. */
final class CliRun {

  /** Exit code, standard output and standard error of one run. */
  record Result(int exit, String stdout, String stderr) {
    List<String> stderrLines() {
      return stderr.lines().toList();
    }
  }

  private CliRun() {}

  static Result run(TextAnnotator annotator, String... args) {
    return run(config -> PipelineFactory.create(config, annotator), new byte[0], args);
  }

  static Result run(Function<PipelineConfig, ArticlePipeline> pipeline, byte[] stdin,
      String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    InputStream in = new ByteArrayInputStream(stdin);
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> cls) throws Exception {
        if (cls == ExtractCommand.class) {
          return cls.cast(new ExtractCommand(pipeline, in, out, errStream, false));
        }
        return CommandLine.defaultFactory().create(cls);
      }
    };
    StringWriter picocliOut = new StringWriter();
    StringWriter picocliErr = new StringWriter();
    CommandLine cl = Main.commandLine(factory);
    cl.setOut(new PrintWriter(picocliOut, true));
    cl.setErr(new PrintWriter(picocliErr, true));
    int exit = cl.execute(args);
    return new Result(exit, out.toString(StandardCharsets.UTF_8) + picocliOut,
        err.toString(StandardCharsets.UTF_8) + picocliErr);
  }
}
