package org.argus.cli;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.argus.app.Analyzer;
import org.argus.app.Progress;
import org.argus.app.RunSummary;
import org.argus.ingest.InputReader;
import org.argus.ingest.InputResult;
import org.argus.model.Document;
import org.argus.pipeline.Outcome;
import org.argus.pipeline.Pipeline;

/** Reads the command's inputs as the analyzer takes them. */
final class CliInputs {
    private CliInputs() {
    }

    static Iterator<Analyzer.Input> read(List<Path> paths) {
        return adapt(new InputReader().read(paths));
    }

    /** Inputs as the analyzer takes them: a document, or a failure to report. */
    static Iterator<Analyzer.Input> adapt(Iterator<InputResult> results) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return results.hasNext();
            }

            @Override
            public Analyzer.Input next() {
                InputResult r = results.next();
                if (r instanceof InputResult.Failed failed) {
                    return Analyzer.Input.failed(new Outcome.Rejected(null, failed.source(), "ingest", failed.reason()));
                }
                return Analyzer.Input.of(((InputResult.Read) r).document());
            }
        };
    }

    /**
     * Runs {@code pipeline} over the inputs, hands each analysed document to {@code onDocument} in
     * input order, and reports each failure on stderr without stopping the run.
     */
    static RunSummary run(Pipeline pipeline, RunOptions options, List<Path> inputs, Progress progress,
                          Consumer<Document> onDocument) {
        return run(pipeline, options, read(inputs), progress, onDocument);
    }

    /** As {@link #run(Pipeline, RunOptions, List, Progress, Consumer)}, over inputs read elsewhere (web pages, feeds, archives). */
    static RunSummary run(Pipeline pipeline, RunOptions options, Iterator<Analyzer.Input> inputs, Progress progress,
                          Consumer<Document> onDocument) {
        try (Analyzer analyzer = new Analyzer(pipeline, options.threads)) {
            return analyzer.run(inputs, outcome -> {
                if (outcome instanceof Outcome.Accepted accepted) {
                    onDocument.accept(accepted.document());
                } else if (outcome instanceof Outcome.Rejected rejected) {
                    progress.message("argus: " + rejected.message());
                }
            }, progress);
        }
    }

    /** 0 when every input was analysed, 1 when some failed (each failure was already reported). */
    static int exitCode(RunSummary summary, Progress progress) {
        if (summary.anyFailed()) {
            progress.message("argus: " + summary.rejected() + " of " + (summary.accepted() + summary.rejected())
                    + " inputs failed");
            return 1;
        }
        return 0;
    }
}
