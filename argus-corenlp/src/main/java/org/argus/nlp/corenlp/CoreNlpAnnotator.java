package org.argus.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.argus.model.Annotation;
import org.argus.model.Dependency;
import org.argus.model.EntityMention;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.model.Token;
import org.argus.nlp.ParseSelector;
import org.argus.nlp.TextAnnotator;
import org.argus.pipeline.Layer;

/**
 * Annotates text with Stanford CoreNLP. Loading the models takes seconds and gigabytes, so an
 * application builds one instance and shares it: {@link #annotate} is thread-safe (CoreNLP's
 * annotators for these layers are).
 */
public final class CoreNlpAnnotator implements TextAnnotator {
    private static final Set<Layer> PROVIDES = EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS,
            Layer.LEMMAS, Layer.NER, Layer.DEPENDENCIES);

    private final StanfordCoreNLP pipeline;
    private final StanfordCoreNLP parser;
    private final ParseSelector selector;

    private CoreNlpAnnotator(Properties properties, ParseSelector selector) {
        this.selector = selector;
        if (selector == ParseSelector.ALL) {
            this.pipeline = new StanfordCoreNLP(properties);
            this.parser = null;
        } else {
            Properties tagging = new Properties();
            tagging.putAll(properties);
            tagging.setProperty("annotators", properties.getProperty("annotators").replace(",depparse", ""));
            this.pipeline = new StanfordCoreNLP(tagging);
            Properties parsing = new Properties();
            parsing.putAll(properties);
            parsing.setProperty("annotators", "depparse");
            this.parser = new StanfordCoreNLP(parsing, false);
        }
    }

    /** Loads CoreNLP configured as {@code config} says, parsing every sentence. */
    public static CoreNlpAnnotator load(CoreNlpConfig config) {
        return new CoreNlpAnnotator(config.toProperties(), ParseSelector.ALL);
    }

    /** Loads CoreNLP configured as {@code config} says, parsing only the sentences {@code selector} picks. */
    public static CoreNlpAnnotator load(CoreNlpConfig config, ParseSelector selector) {
        return new CoreNlpAnnotator(config.toProperties(), selector);
    }

    /** Loads CoreNLP's stock tokenize..depparse pipeline with default settings (the benchmark's baseline). */
    public static CoreNlpAnnotator loadStock() {
        return new CoreNlpAnnotator(CoreNlpConfig.stockProperties(), ParseSelector.ALL);
    }

    @Override
    public Set<Layer> provides() {
        return PROVIDES;
    }

    @Override
    public Annotation annotate(String text) {
        edu.stanford.nlp.pipeline.Annotation doc = new edu.stanford.nlp.pipeline.Annotation(text);
        pipeline.annotate(doc);
        if (parser != null) {
            parseSelected(doc);
        }
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (coreSentences == null) {
            return new Annotation(List.of(), List.of());
        }
        for (CoreMap cs : coreSentences) {
            int sentenceIndex = sentences.size();
            List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                String ner = l.ner() == null ? "O" : l.ner();
                String normalized = l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                tokens.add(new Token(i, new Span(l.beginPosition(), l.endPosition()), l.word(), l.lemma(),
                        l.tag(), ner, normalized == null || normalized.isEmpty() ? null : normalized));
            }
            List<Dependency> deps = dependencies(cs.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class),
                    cs.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
            Span span = new Span(cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            sentences.add(new Sentence(sentenceIndex, span, tokens, deps));
            collectEntities(text, sentenceIndex, tokens, entities);
        }
        return new Annotation(sentences, entities);
    }

    /** Runs the parser over the sentences the selector picks; the others keep no parse. */
    private void parseSelected(edu.stanford.nlp.pipeline.Annotation doc) {
        List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (all == null) {
            return;
        }
        List<CoreMap> selected = new ArrayList<>();
        for (CoreMap sentence : all) {
            List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<String> words = new ArrayList<>(labels.size());
            List<String> lemmas = new ArrayList<>(labels.size());
            for (CoreLabel l : labels) {
                words.add(l.word());
                lemmas.add(l.lemma() == null ? l.word() : l.lemma());
            }
            if (selector.needsParse(words, lemmas)) {
                selected.add(sentence);
            }
        }
        if (!selected.isEmpty()) {
            edu.stanford.nlp.pipeline.Annotation part = new edu.stanford.nlp.pipeline.Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
            part.set(CoreAnnotations.SentencesAnnotation.class, selected);
            parser.annotate(part);
        }
    }

    /**
     * Argus reads the basic tree (one head per token) with the enhanced++ relation names where the
     * two agree on the edge, so {@code obl} carries its preposition ({@code obl:with}).
     */
    private static List<Dependency> dependencies(SemanticGraph enhanced, SemanticGraph basic) {
        SemanticGraph tree = basic != null ? basic : enhanced;
        List<Dependency> out = new ArrayList<>();
        if (tree == null) {
            return out;
        }
        for (IndexedWord root : tree.getRoots()) {
            out.add(new Dependency(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : tree.edgeIterable()) {
            String relation = e.getRelation().toString();
            if (enhanced != null && enhanced != tree) {
                IndexedWord gov = enhanced.getNodeByIndexSafe(e.getGovernor().index());
                IndexedWord dep = enhanced.getNodeByIndexSafe(e.getDependent().index());
                if (gov != null && dep != null) {
                    SemanticGraphEdge richer = enhanced.getEdge(gov, dep);
                    if (richer != null && richer.getRelation().toString().startsWith(relation)) {
                        relation = richer.getRelation().toString();
                    }
                }
            }
            out.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, relation));
        }
        out.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
        return out;
    }

    /** Maximal runs of tokens with one NER class (other than O) become entity mentions. */
    private static void collectEntities(String text, int sentenceIndex, List<Token> tokens, List<EntityMention> out) {
        int i = 0;
        while (i < tokens.size()) {
            String type = tokens.get(i).ner();
            if ("O".equals(type)) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && type.equals(tokens.get(j + 1).ner())
                    && sameValue(tokens.get(i), tokens.get(j + 1))) {
                j++;
            }
            Span span = new Span(tokens.get(i).span().start(), tokens.get(j).span().end());
            out.add(new EntityMention(span, span.of(text), type, sentenceIndex, i, j));
            i = j + 1;
        }
    }

    /** Two adjacent time expressions with different normalised values are different mentions. */
    private static boolean sameValue(Token first, Token next) {
        return first.normalized() == null || next.normalized() == null || first.normalized().equals(next.normalized());
    }
}
