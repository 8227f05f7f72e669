package org.argus.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The {@code --from}/{@code --to} options of the commands that select events by their date. */
final class EventDateRange {
    @Option(names = "--from", paramLabel = "DATE", description = "Only events whose date (day, week, month or year) reaches this date (yyyy-mm-dd).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only events whose date starts on or before this date (yyyy-mm-dd).")
    LocalDate to;
}
