package org.argus.nlp.corenlp;

import java.util.List;
import java.util.Properties;

/**
 * What Argus asks of CoreNLP. Only the annotators Argus reads are run: tokenize, ssplit, pos, lemma,
 * ner, depparse.
 *
 * @param nerModels        CRF models for coarse NER, in CoreNLP's model path form
 * @param fineGrainedNer   whether to refine LOCATION/ORGANIZATION into COUNTRY, NATIONALITY, CITY,
 *                         TITLE, ... with CoreNLP's rule-based tagger (Argus's actor stage reads these)
 * @param timeExpressions  whether to tag and normalise DATE/TIME expressions with SUTime
 */
public record CoreNlpConfig(List<String> nerModels, boolean fineGrainedNer, boolean timeExpressions) {
    /** CRF for PERSON, ORGANIZATION, LOCATION. */
    public static final String THREE_CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    /** CRF that adds DATE, TIME, MONEY, PERCENT to the three classes. */
    public static final String SEVEN_CLASS = "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";

    public CoreNlpConfig {
        nerModels = List.copyOf(nerModels);
        if (nerModels.isEmpty()) {
            throw new IllegalArgumentException("at least one NER model is required");
        }
    }

    /**
     * Argus's default: the 3-class CRF only, without CoreNLP's fine-grained rules and without SUTime.
     * The 7-class CRF added nothing but DATE, TIME, MONEY and PERCENT tags (CoreNLP's combiner keeps
     * the first model's PERSON/ORGANIZATION/LOCATION), and the time stage finds time expressions
     * itself. Measured on 30 PolNeAR articles on one core, the fine-grained rules cost about 0.55 s
     * and SUTime 0.15 s per article, more than tagging and parsing together; Argus resolves
     * countries, nationalities and titles with its own knowledge base.
     */
    public static CoreNlpConfig defaults() {
        return new CoreNlpConfig(List.of(THREE_CLASS), false, false);
    }

    /** CoreNLP's stock pipeline for tokenize,ssplit,pos,lemma,ner,depparse with default settings. */
    static Properties stockProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        return p;
    }

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("ner.model", String.join(",", nerModels));
        p.setProperty("ner.applyFineGrained", Boolean.toString(fineGrainedNer));
        p.setProperty("ner.useSUTime", Boolean.toString(timeExpressions));
        p.setProperty("ner.applyNumericClassifiers", Boolean.toString(timeExpressions));
        // Argus builds its own entity mentions from token labels; CoreNLP's are not read.
        p.setProperty("ner.buildEntityMentions", "false");
        // Paragraphs are separated by blank lines; a paragraph never continues a sentence.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return p;
    }
}
