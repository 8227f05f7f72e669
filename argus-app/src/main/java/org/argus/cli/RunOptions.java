package org.argus.cli;

import picocli.CommandLine.Option;

/** Options shared by the commands that analyse articles. */
public final class RunOptions {
    @Option(names = {"-q", "--quiet"}, description = "No progress display on stderr.")
    boolean quiet;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles analysed in parallel (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (yyyy-mm-dd) for articles whose input gives none.")
    java.time.LocalDate published;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "Your actor dictionary (YAML, see docs/actors.md): aliases, country, sector, role, dates.")
    java.nio.file.Path actors;

    /** Problems found in the --actors file (each already reported on stderr). */
    int dictionaryErrors;

    /** The --actors dictionary (empty without one); each bad entry is reported on {@code err} and skipped. */
    org.argus.actors.ActorDictionary dictionary(java.io.PrintWriter err) {
        if (actors == null) {
            return org.argus.actors.ActorDictionary.empty();
        }
        return org.argus.actors.ActorDictionary.load(actors, message -> {
            dictionaryErrors++;
            err.println(message);
            err.flush();
        });
    }

    /** The run's exit code, made 1 when the dictionary had errors. */
    int exitCode(int runExitCode) {
        return runExitCode == 0 && dictionaryErrors > 0 ? 1 : runExitCode;
    }
}
