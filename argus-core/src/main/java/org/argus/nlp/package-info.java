/**
 * The NLP port: {@link org.argus.nlp.TextAnnotator} turns text into an {@link org.argus.model.Annotation}.
 * Adapters for concrete NLP libraries live in their own modules.
 */
package org.argus.nlp;
