package org.argus.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.argus.app.Models;
import org.argus.app.Pipelines;
import org.argus.output.Conllu;
import org.argus.output.DocumentJson;
import org.argus.output.TextSummary;
import org.argus.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code argus analyze}: runs the whole pipeline and prints a summary or JSONL per article. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse articles (.txt, .html/.htm, .jsonl files or directories) and print actors, quotes and events.")
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RunOptions options;

    /** How analysed articles are printed: a summary, one JSON object per line, or the parses as CoNLL-U. */
    enum Format { text, jsonl, conllu }

    @Option(names = {"-f", "--format"}, description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE});"
            + " conllu prints each sentence's tokens, tags and dependency parse.")
    Format format = Format.text;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories to analyse.")
    List<Path> inputs;

    @Override
    public Integer call() {
        RunOptions.Checked checked = options.check();
        Pipeline pipeline = Pipelines.full(Models.annotator(spec.commandLine().getErr(), options.quiet), options.published,
                checked.dictionary(), checked.lexicon(), checked.words(), checked.dates(), checked.budget());
        DocumentJson json = new DocumentJson();
        TextSummary text = new TextSummary();
        Conllu conllu = new Conllu();
        return CliInputs.print(spec, options, checked, inputs, pipeline, format == Format.jsonl, document -> switch (format) {
            case jsonl -> json.toLine(document);
            case conllu -> conllu.render(document);
            case text -> text.render(document);
        });
    }
}
