package org.argus.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.argus.app.Pipelines;
import org.argus.app.Progress;
import org.argus.app.RunSummary;
import org.argus.model.Article;
import org.argus.output.DocumentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code argus extract}: ingestion and extraction only (no NLP); clean text and metadata. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the article text and metadata from pages or scraped text, without NLP.")
final class ExtractCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RunOptions options;

    @Option(names = {"-f", "--format"}, description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    DocumentFormat format = DocumentFormat.text;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories.")
    List<Path> inputs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Progress progress = new Progress(spec.commandLine().getErr(), !options.quiet);
        DocumentJson json = new DocumentJson();
        RunSummary summary = CliInputs.run(Pipelines.extractOnly(options.published), options, inputs, progress, document -> {
            if (format == DocumentFormat.jsonl) {
                out.println(json.toLine(document));
            } else {
                Article a = document.article();
                out.println("== " + (a.title() == null ? "(no title)" : a.title()) + " [" + document.id() + "]");
                if (a.meta().subtitle() != null) {
                    out.println("   " + a.meta().subtitle());
                }
                if (a.published() != null) {
                    out.println("   published " + a.published().date() + " (" + a.published().origin().name().toLowerCase(java.util.Locale.ROOT) + ")");
                }
                if (!a.meta().authors().isEmpty()) {
                    out.println("   by " + String.join(", ", a.meta().authors()));
                }
                out.println(a.text());
                out.println();
            }
            out.flush();
        });
        return CliInputs.exitCode(summary, progress);
    }
}
