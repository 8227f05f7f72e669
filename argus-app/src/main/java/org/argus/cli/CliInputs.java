package org.argus.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.argus.app.Analyzer;
import org.argus.app.Progress;
import org.argus.app.RunSummary;
import org.argus.ingest.InputReader;
import org.argus.ingest.InputResult;
import org.argus.model.DateRange;
import org.argus.model.Document;
import org.argus.output.Printable;
import org.argus.pipeline.Outcome;
import org.argus.pipeline.Pipeline;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Reads the command's inputs as the analyzer takes them, runs the analysis, and reports on stderr
 * (through {@link Progress#message}, which keeps every message on one line and escapes control
 * characters) each input that failed, each warning of the reader ({@code file[:line]: warning: ...})
 * and each note of the stages ({@code file[:line]: warning: stage: ...}); the run goes on.
 */
final class CliInputs {
    private CliInputs() {
    }

    static Iterator<Analyzer.Input> read(List<Path> paths, DateRange dates, Progress progress) {
        return adapt(new InputReader(dates).read(paths), progress);
    }

    /** Inputs as the analyzer takes them: a document (its reader's warnings reported), or a failure to report. */
    static Iterator<Analyzer.Input> adapt(Iterator<InputResult> results, Progress progress) {
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
                InputResult.Read read = (InputResult.Read) r;
                for (String warning : read.warnings()) {
                    progress.message("argus: warning: " + warning);
                }
                return Analyzer.Input.of(read.document());
            }
        };
    }

    /**
     * Runs {@code pipeline} over the inputs, hands each analysed document to {@code onDocument} in
     * input order, and reports each failure on stderr without stopping the run.
     */
    static RunSummary run(Pipeline pipeline, RunOptions options, RunOptions.Checked checked, List<Path> inputs, Progress progress,
                          Consumer<Document> onDocument) {
        return run(pipeline, options, checked, read(inputs, checked.dates(), progress), progress, onDocument);
    }

    /** As {@link #run(Pipeline, RunOptions, RunOptions.Checked, List, Progress, Consumer)}, over inputs read elsewhere (web pages, feeds, archives). */
    static RunSummary run(Pipeline pipeline, RunOptions options, RunOptions.Checked checked, Iterator<Analyzer.Input> inputs,
                          Progress progress, Consumer<Document> onDocument) {
        try (Analyzer analyzer = new Analyzer(pipeline, options.threads, checked.budget().timeLimit())) {
            return analyzer.run(inputs, outcome -> {
                if (outcome instanceof Outcome.Accepted accepted) {
                    for (String note : accepted.document().notes()) {
                        progress.message("argus: warning: " + accepted.document().raw().source() + ": " + note);
                    }
                    onDocument.accept(accepted.document());
                } else if (outcome instanceof Outcome.Rejected rejected) {
                    progress.message("argus: " + rejected.message());
                }
            }, progress);
        }
    }

    /**
     * What {@code analyze} and {@code extract} share: runs {@code pipeline} and prints each document as
     * {@code render} writes it, through the sanitiser unless {@code json} (JSON stays exact: Jackson
     * escapes control characters itself). Returns the exit code.
     */
    static int print(CommandSpec spec, RunOptions options, RunOptions.Checked checked, List<Path> inputs, Pipeline pipeline,
                     boolean json, Function<Document, String> render) {
        PrintWriter out = json ? spec.commandLine().getOut() : Printable.writer(spec.commandLine().getOut());
        Progress progress = new Progress(spec.commandLine().getErr(), !options.quiet);
        RunSummary summary = run(pipeline, options, checked, inputs, progress, document -> {
            out.println(render.apply(document));
            out.flush();
        });
        return exitCode(summary, progress);
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
