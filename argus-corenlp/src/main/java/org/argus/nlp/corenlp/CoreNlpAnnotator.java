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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

    /** Tagging, or the whole stock pipeline when {@link #parser} is null. */
    private final StanfordCoreNLP pipeline;
    /** CoreNLP's dependency parsing model run by Argus's own inference, or null for the stock pipeline. */
    private final NeuralDependencyParser parser;
    private final ParseSelector selector;

    private CoreNlpAnnotator(StanfordCoreNLP pipeline, NeuralDependencyParser parser, ParseSelector selector) {
        this.pipeline = pipeline;
        this.parser = parser;
        this.selector = selector;
    }

    /** Loads CoreNLP configured as {@code config} says, parsing every sentence. */
    public static CoreNlpAnnotator load(CoreNlpConfig config) {
        return load(config, ParseSelector.ALL);
    }

    /**
     * Loads CoreNLP configured as {@code config} says, parsing only the sentences {@code selector}
     * picks. Sentences are parsed with CoreNLP's English UD parsing model through
     * {@link NeuralDependencyParser} rather than CoreNLP's depparse annotator, which also derives four
     * further graphs (collapsed, CC-processed, enhanced, enhanced++) from every parse: measured on 30
     * PolNeAR articles, that conversion alone took 54% of the parsing time, and Argus reads only the
     * basic tree with prepositions in the relation names ({@link RelationNames}).
     */
    public static CoreNlpAnnotator load(CoreNlpConfig config, ParseSelector selector) {
        Properties tagging = config.toProperties();
        tagging.setProperty("annotators", tagging.getProperty("annotators").replace(",depparse", ""));
        // The parser loads and warms up on another thread while CoreNLP loads its taggers.
        CompletableFuture<NeuralDependencyParser> parser = CompletableFuture.supplyAsync(
                () -> NeuralDependencyParser.load(NeuralDependencyParser.ENGLISH_UD));
        StanfordCoreNLP pipeline = new StanfordCoreNLP(tagging);
        try {
            return new CoreNlpAnnotator(pipeline, parser.join(), selector);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The same loaded models, parsing the sentences {@code newSelector} picks (the stock pipeline parses all). */
    @Override
    public CoreNlpAnnotator parsing(ParseSelector newSelector) {
        return parser == null ? this : new CoreNlpAnnotator(pipeline, parser, newSelector);
    }

    /** Loads CoreNLP's stock tokenize..depparse pipeline with default settings (the benchmark's baseline). */
    public static CoreNlpAnnotator loadStock() {
        return new CoreNlpAnnotator(new StanfordCoreNLP(CoreNlpConfig.stockProperties()), null, ParseSelector.ALL);
    }

    @Override
    public Set<Layer> provides() {
        return PROVIDES;
    }

    @Override
    public Annotation annotate(String text) {
        edu.stanford.nlp.pipeline.Annotation doc = new edu.stanford.nlp.pipeline.Annotation(text);
        pipeline.annotate(doc);
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (coreSentences == null) {
            return new Annotation(List.of(), List.of());
        }
        List<List<Token>> tokensOf = new ArrayList<>(coreSentences.size());
        for (CoreMap cs : coreSentences) {
            List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                String ner = l.ner() == null ? "O" : l.ner();
                String normalized = l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                tokens.add(new Token(i, new Span(l.beginPosition(), l.endPosition()), l.word(), l.lemma(),
                        l.tag(), ner, normalized == null || normalized.isEmpty() ? null : normalized));
            }
            tokensOf.add(tokens);
        }
        List<List<Dependency>> parses = parser == null ? null : parse(tokensOf);
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        for (int k = 0; k < coreSentences.size(); k++) {
            CoreMap cs = coreSentences.get(k);
            List<Token> tokens = tokensOf.get(k);
            List<Dependency> deps = parses == null
                    ? dependencies(cs.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class))
                    : parses.get(k);
            Span span = new Span(cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            sentences.add(new Sentence(k, span, tokens, deps));
            collectEntities(text, k, tokens, entities);
        }
        return new Annotation(sentences, entities);
    }

    /**
     * Parses the sentences the selector picks, all in one call so that the parser scores their
     * configurations together; a sentence it skips keeps no parse.
     */
    private List<List<Dependency>> parse(List<List<Token>> sentences) {
        List<NeuralDependencyParser.Tagged> picked = new ArrayList<>();
        List<Integer> pickedIndex = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            List<Token> tokens = sentences.get(k);
            List<String> words = new ArrayList<>(tokens.size());
            List<String> lemmas = new ArrayList<>(tokens.size());
            List<String> tags = new ArrayList<>(tokens.size());
            for (Token t : tokens) {
                words.add(t.word());
                lemmas.add(t.lemma() == null ? t.word() : t.lemma());
                tags.add(t.pos());
            }
            if (!tokens.isEmpty() && selector.needsParse(words, lemmas)) {
                picked.add(new NeuralDependencyParser.Tagged(words, tags));
                pickedIndex.add(k);
            }
        }
        List<List<Dependency>> out = new ArrayList<>(sentences.size());
        for (int k = 0; k < sentences.size(); k++) {
            out.add(List.of());
        }
        List<NeuralDependencyParser.Tree> trees = parser.parseAll(picked);
        for (int p = 0; p < picked.size(); p++) {
            NeuralDependencyParser.Tree tree = trees.get(p);
            int n = tree.heads().length;
            List<Dependency> basic = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                basic.add(new Dependency(tree.heads()[i], i, tree.labels()[i]));
            }
            out.set(pickedIndex.get(p), RelationNames.refine(basic, picked.get(p).words()));
        }
        return out;
    }

    /** The stock pipeline's basic tree (its relation names are not refined: the stock run is only timed). */
    private static List<Dependency> dependencies(SemanticGraph tree) {
        List<Dependency> out = new ArrayList<>();
        if (tree == null) {
            return out;
        }
        for (IndexedWord root : tree.getRoots()) {
            out.add(new Dependency(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : tree.edgeIterable()) {
            out.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
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
