package org.argus.nlp;

import java.util.Set;
import org.argus.model.Document;
import org.argus.pipeline.Layer;
import org.argus.pipeline.Stage;

/** Runs a {@link TextAnnotator} over the extracted text. Thread-safe when the annotator is. */
public final class AnnotateStage implements Stage {
    private final TextAnnotator annotator;

    public AnnotateStage(TextAnnotator annotator) {
        this.annotator = annotator;
    }

    @Override
    public String name() {
        return "annotate";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> provides() {
        return annotator.provides();
    }

    @Override
    public Document apply(Document document) {
        return document.withAnnotation(annotator.annotate(document.text()));
    }
}
