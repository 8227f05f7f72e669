package org.argus.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.argus.app.Pipelines;
import org.argus.output.DocumentJson;
import org.argus.output.TextSummary;
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
        RunOptions.Checked checked = options.check();
        DocumentJson json = new DocumentJson();
        TextSummary text = new TextSummary();
        return CliInputs.print(spec, options, checked, inputs, Pipelines.extractOnly(options.published, checked.dates(), checked.words()),
                format == DocumentFormat.jsonl, document -> format == DocumentFormat.jsonl ? json.toLine(document) : text.renderArticle(document));
    }
}
