package org.newsentities.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code news-entities} command line: parses options and hands off to a subcommand. */
@Command(
    name = "news-entities",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "People, organizations, locations, dates, topics and job titles from news articles, as JSON.",
    subcommands = {ExtractCommand.class, EvaluateCommand.class, BenchCommand.class,
        LoadCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    return commandLine(CommandLine.defaultFactory()).execute(args);
  }

  /** The command line with its handlers; tests pass a factory that builds commands over fakes. */
  static CommandLine commandLine(CommandLine.IFactory factory) {
    return new CommandLine(new Main(), factory)
        .setExitCodeExceptionMapper(e -> ExitCodes.USAGE)
        .setParameterExceptionHandler((e, a) -> {
          CommandLine cmd = e.getCommandLine();
          cmd.getErr().println("news-entities: " + e.getMessage());
          cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
          return ExitCodes.USAGE;
        });
  }
}
