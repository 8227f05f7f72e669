package org.argus.nlp;

import java.util.Set;
import org.argus.model.Annotation;
import org.argus.pipeline.Layer;

/** Annotates text with sentences, tokens, POS, lemmas, NER and dependency parses. */
public interface TextAnnotator {
    Annotation annotate(String text);

    /**
     * This annotator parsing the sentences {@code selector} picks, sharing whatever models it holds;
     * an annotator that does not select sentences returns itself.
     */
    default TextAnnotator parsing(ParseSelector selector) {
        return this;
    }

    /** The layers this annotator fills in. */
    Set<Layer> provides();
}
