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
}
