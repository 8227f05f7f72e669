package org.argus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import org.argus.output.Printable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --format text|json|csv} option of the commands that list part of the corpus, and the
 * printing of their rows (a picocli mixin). Text and CSV pass through {@link Printable}; JSON is
 * Jackson's, exact.
 */
final class ListOutput {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ListFormat format = ListFormat.text;

    /** Prints the rows in the chosen format to the command's output. */
    <T> void print(List<T> rows, List<String> headers, Function<T, List<Object>> cells) {
        print(rows, headers, cells, null);
    }

    /** As {@link #print(List, List, Function)}, each row printed as {@code asJson}'s object in JSON. */
    <T> void print(List<T> rows, List<String> headers, Function<T, List<Object>> cells, Function<T, JsonNode> asJson) {
        PrintWriter out = format == ListFormat.json ? spec.commandLine().getOut() : Printable.writer(spec.commandLine().getOut());
        format.print(out, rows, headers, cells, asJson);
    }
}
