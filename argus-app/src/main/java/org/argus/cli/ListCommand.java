package org.argus.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What the commands that list part of the corpus share: the database, the format, and printing the rows. */
abstract class ListCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Option(names = {"-f", "--format"}, description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ListFormat format = ListFormat.text;

    /** Prints the rows in the chosen format to the command's output. */
    <T> void print(List<T> rows, List<String> headers, Function<T, List<Object>> cells) {
        format.print(spec.commandLine().getOut(), rows, headers, cells);
    }

    /** As {@link #print(List, List, Function)}, each row printed as {@code asJson}'s object in JSON. */
    <T> void print(List<T> rows, List<String> headers, Function<T, List<Object>> cells,
                   Function<T, com.fasterxml.jackson.databind.JsonNode> asJson) {
        format.print(spec.commandLine().getOut(), rows, headers, cells, asJson);
    }
}
