package org.argus.stages;

import java.time.LocalDate;
import org.argus.actors.ActorKnowledge;
import org.argus.actors.ActorStage;
import org.argus.events.EventStage;
import org.argus.events.Lexicon;
import org.argus.extract.ExtractStage;
import org.argus.model.Document;
import org.argus.model.InputFormat;
import org.argus.model.PublishedDate;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.argus.nlp.AnnotateStage;
import org.argus.nlp.corenlp.SharedAnnotator;
import org.argus.pipeline.Outcome;
import org.argus.pipeline.Pipeline;
import org.argus.quotes.QuoteStage;
import org.argus.time.TimeStage;
import org.argus.words.Words;

/** Runs the real pipeline (real CoreNLP) over short texts written for the tests. */
final class Analysed {
    private static final class Holder {
        static final Pipeline PIPELINE = Pipeline.of(new ExtractStage(), new AnnotateStage(SharedAnnotator.get()),
                new ActorStage(ActorKnowledge.load(), Words.shipped()), new QuoteStage(Words.shipped()),
                new EventStage(Lexicon.load(), Words.shipped()), new TimeStage(Words.shipped()));
    }

    private Analysed() {
    }

    static Document text(String text) {
        return text(text, null);
    }

    static Document text(String text, LocalDate published) {
        RawDocument raw = new RawDocument("test", SourceRef.file("test.txt"), InputFormat.TEXT, text, "A test article", null,
                published == null ? null : new PublishedDate(published, PublishedDate.Origin.GIVEN), null);
        Outcome o = Holder.PIPELINE.run(raw);
        if (o instanceof Outcome.Rejected r) {
            throw new AssertionError(r.message());
        }
        return ((Outcome.Accepted) o).document();
    }
}
