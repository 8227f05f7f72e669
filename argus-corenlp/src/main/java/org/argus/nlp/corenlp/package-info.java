/**
 * The Stanford CoreNLP adapter: the only package that imports {@code edu.stanford.*}. It builds
 * CoreNLP's {@code Properties} from a typed {@link org.argus.nlp.corenlp.CoreNlpConfig} and converts
 * CoreNLP's annotations into Argus model records at the boundary.
 */
package org.argus.nlp.corenlp;
