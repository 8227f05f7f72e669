package org.argus.app;

import java.io.PrintWriter;
import org.argus.nlp.TextAnnotator;
import org.argus.nlp.corenlp.CoreNlpAnnotator;
import org.argus.nlp.corenlp.CoreNlpConfig;

/**
 * The NLP models of this process: loaded on first use, once, and shared by every command and thread
 * (the annotator is thread-safe). Loading takes seconds and gigabytes.
 */
public final class Models {
    private static final class Holder {
        static final long STARTED = System.nanoTime();
        static final TextAnnotator ANNOTATOR = CoreNlpAnnotator.load(CoreNlpConfig.defaults(), Pipelines.parseSelector());
        static final double SECONDS = (System.nanoTime() - STARTED) / 1e9;
    }

    private Models() {
    }

    /** The shared annotator; the first call loads it and reports how long that took on {@code err}. */
    public static TextAnnotator annotator(PrintWriter err, boolean quiet) {
        if (!quiet) {
            err.println("argus: loading CoreNLP models (once per process)...");
            err.flush();
        }
        TextAnnotator annotator = Holder.ANNOTATOR;
        if (!quiet) {
            err.printf("argus: models ready (loaded in %.1f s)%n", Holder.SECONDS);
            err.flush();
        }
        return annotator;
    }
}
