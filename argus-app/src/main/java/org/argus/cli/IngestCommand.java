package org.argus.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.argus.app.Models;
import org.argus.app.Pipelines;
import org.argus.app.Progress;
import org.argus.app.RunSummary;
import org.argus.pipeline.Pipeline;
import org.argus.store.CorpusStore;
import org.argus.store.UpsertResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code argus ingest}: analyses articles and stores them in the corpus database. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyse articles and store them in the corpus database; re-ingesting an article updates it.")
final class IngestCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RunOptions options;

    @Mixin
    DbOption dbOption;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories to ingest.")
    List<Path> inputs;

    @Override
    public Integer call() {
        // every option and file is checked before the corpus is opened: a typo stores nothing
        RunOptions.Checked checked = options.check();
        Progress progress = new Progress(spec.commandLine().getErr(), !options.quiet);
        Path dbFile = dbOption.resolve();
        int[] stored = new int[4];
        RunSummary summary;
        try (CorpusStore store = CorpusStore.open(dbFile)) {
            if (options.actors != null) {
                // the dictionary's aliases and splits also hold for the articles stored before
                store.useDictionary(checked.dictionary(), options.actors.toString());
            }
            Pipeline pipeline = Pipelines.full(Models.annotator(spec.commandLine().getErr(), options.quiet), options.published,
                    checked.dictionary(), checked.lexicon(), checked.words(), checked.dates(), checked.budget());
            summary = CliInputs.run(pipeline, options, checked, inputs, progress, document -> {
                try {
                    UpsertResult result = store.upsert(document);
                    stored[result.inserted() ? 0 : 1]++;
                    if (result.duplicateOf() != null) {
                        stored[3]++;
                        progress.message(String.format(java.util.Locale.ROOT, "argus: %s: near-duplicate of %s (%.0f%% of the shorter text shared); "
                                + "linked, counted once in corpus views", result.articleId(), result.duplicateOf(), 100 * result.containment()));
                    }
                } catch (RuntimeException e) {
                    stored[2]++;
                    progress.message("argus: " + document.raw().source() + ": store: " + e.getMessage());
                }
            });
        }
        org.argus.output.Printable.writer(spec.commandLine().getOut()).printf(
                "stored %d new and %d updated articles in %s (%d failed, %d near-duplicates linked)%n",
                stored[0], stored[1], dbFile, summary.rejected() + stored[2], stored[3]);
        return summary.anyFailed() || stored[2] > 0 ? 1 : 0;
    }
}
