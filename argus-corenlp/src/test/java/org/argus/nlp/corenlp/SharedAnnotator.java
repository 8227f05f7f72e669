package org.argus.nlp.corenlp;

/** One CoreNLP instance for all tests of this JVM: loading it takes seconds and gigabytes. */
public final class SharedAnnotator {
    private static final class Holder {
        static final CoreNlpAnnotator INSTANCE = CoreNlpAnnotator.load(CoreNlpConfig.defaults());
    }

    private SharedAnnotator() {
    }

    public static CoreNlpAnnotator get() {
        return Holder.INSTANCE;
    }
}
