package org.argus.cli;

import picocli.CommandLine;
import org.argus.output.Printable;
import picocli.CommandLine.Command;

/** The root command: lists the subcommands. */
@Command(name = "argus", mixinStandardHelpOptions = true, version = "argus 0.1.0",
        description = "Turns conflict and diplomacy news into source-linked actors, quotes and PLOVER events.",
        subcommands = {AnalyzeCommand.class, ExtractCommand.class, IngestCommand.class, ActorsCommand.class,
                ActorsImportCommand.class, AlliancesCommand.class, ClaimsCommand.class, DuplicatesCommand.class, BriefCommand.class,
                EventsCommand.class, TimelineCommand.class, QuotesCommand.class, BenchCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class ArgusCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A command line with Argus's conventions: usage errors exit 2, run errors exit 1. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new ArgusCommand());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler((ex, line, parseResult) -> {
            line.getErr().println("argus: " + Printable.line(ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        // a usage error echoes what the user typed (a file name may hold a newline or an escape): sanitised
        cmd.setParameterExceptionHandler((ex, args) -> {
            CommandLine line = ex.getCommandLine();
            line.getErr().println("argus: " + (ex instanceof UsageProblems ? ex.getMessage() : Printable.line(ex.getMessage())));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, line.getErr())) {
                line.usage(line.getErr());
            }
            line.getErr().flush();
            return line.getCommandSpec().exitCodeOnInvalidInput();
        });
        return cmd;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
