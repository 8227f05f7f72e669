package org.argus.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.function.Consumer;
import java.util.function.Function;
import org.argus.output.Printable;
import org.argus.store.CorpusStore;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the corpus views that print a graph or a report share ({@code alliances}, {@code claims},
 * {@code brief}): one query of the existing corpus, then the answer as JSON (Jackson's, exact) or as
 * text through the one sanitiser ({@link Printable}).
 */
final class ViewOutput {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ViewOutput() {
    }

    /** The answer of {@code query} on the corpus {@code db} names; the corpus must exist. */
    static <T> T query(DbOption db, Function<CorpusStore, T> query) {
        try (CorpusStore store = StoreAccess.openExisting(db)) {
            return query.apply(store);
        }
    }

    /** Prints {@code node} as indented JSON on the command's output. */
    static void json(CommandSpec spec, JsonNode node) {
        PrintWriter out = spec.commandLine().getOut();
        try {
            out.println(JSON.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
        out.flush();
    }

    /** Lets {@code printer} write text on the command's output, every character through the sanitiser. */
    static void text(CommandSpec spec, Consumer<PrintWriter> printer) {
        PrintWriter out = Printable.writer(spec.commandLine().getOut());
        printer.accept(out);
        out.flush();
    }

    /** A new JSON array to fill. */
    static com.fasterxml.jackson.databind.node.ArrayNode array() {
        return JSON.createArrayNode();
    }
}
