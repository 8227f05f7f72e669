package org.argus.app;

import java.time.LocalDate;
import org.argus.actors.ActorKnowledge;
import org.argus.actors.ActorStage;
import org.argus.events.EventStage;
import org.argus.events.Lexicon;
import org.argus.extract.ExtractStage;
import org.argus.nlp.AnnotateStage;
import org.argus.nlp.TextAnnotator;
import org.argus.pipeline.Pipeline;
import org.argus.quotes.QuoteStage;
import org.argus.time.TimeStage;

/** The pipelines Argus runs, assembled in data-flow order. */
public final class Pipelines {
    private Pipelines() {
    }

    /** ingest -> extract only: clean text and metadata, no NLP; {@code published} dates undated articles (may be null). */
    public static Pipeline extractOnly(LocalDate published) {
        return Pipeline.of(new ExtractStage(published));
    }

    /**
     * The whole analysis: extract -> annotate -> actors -> quotes -> events -> time;
     * {@code published} dates articles that nothing else dates (may be null).
     */
    public static Pipeline full(TextAnnotator annotator, LocalDate published) {
        return Pipeline.of(
                new ExtractStage(published),
                new AnnotateStage(annotator),
                new ActorStage(ActorKnowledge.load()),
                QuoteStage.load(),
                new EventStage(Lexicon.load()),
                new TimeStage());
    }
}
