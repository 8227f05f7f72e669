package org.argus.nlp;

import java.util.Set;
import org.argus.model.Annotation;
import org.argus.pipeline.Layer;

/** Annotates text with sentences, tokens, POS, lemmas, NER and dependency parses. */
public interface TextAnnotator {
    Annotation annotate(String text);

    /** The layers this annotator fills in. */
    Set<Layer> provides();
}
