package org.argus.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The {@code --from}/{@code --to} options of the commands that select by the article's publication date. */
final class ArticleDateRange {
    @Option(names = "--from", paramLabel = "DATE", description = "Only articles published on or after this date (yyyy-mm-dd).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only articles published on or before this date (yyyy-mm-dd).")
    LocalDate to;
}
