package org.argus.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.argus.model.Dependency;
import org.junit.jupiter.api.Test;

/**
 * Argus's parser inference must give CoreNLP's trees: the same heads and, after
 * {@link RelationNames}, the same basic relation names as CoreNLP's own parser on the same tagged
 * sentences.
 */
class NeuralDependencyParserTest {
    private static final String TEXT = """
            The foreign ministers of Russia and Turkey met in Moscow on Monday to discuss a ceasefire.
            The eastern commander left the talks without signing the agreement, his spokesman said.
            Drones launched from the airbase were shot down by air defences near the coast.
            "We will not accept any deal that rewards aggression," the prime minister told reporters.
            Egypt, the United Arab Emirates and Russia have backed the self-styled army, according to a UN report.
            Fighters who had been flown in from Syria were seen along with armoured vehicles south of the capital.
            Talks between the two delegations, which were mediated by Germany, collapsed after three hours.
            Why did the envoy, whose mandate ends in June, resign?
            Shelling resumed.
            It is unclear whether the truce, brokered last week, will hold through the holiday.
            """;

    @Test
    void givesCoreNlpsTreesForTheSameTaggedSentences() {
        List<CoreMap> sentences = taggedSentences();
        assertEquals(10, sentences.size());
        DependencyParser reference = DependencyParser.loadFromModelFile(NeuralDependencyParser.ENGLISH_UD, new Properties());
        NeuralDependencyParser parser = SharedParser.get();
        assertTrue(parser.vectorised(), "the test JVM enables the Vector API");
        // All ten in one call, as the annotator parses a document: they are scored in lockstep.
        List<NeuralDependencyParser.Tree> trees = parser.parseAll(tagged(sentences));
        int compared = 0;
        for (int k = 0; k < sentences.size(); k++) {
            CoreMap sentence = sentences.get(k);
            List<String> words = tagged(sentences).get(k).words();
            String[] expected = new String[words.size()];
            for (TypedDependency d : reference.predict(sentence).typedDependencies()) {
                expected[d.dep().index() - 1] = (d.gov().index() - 1) + " " + d.reln();
            }
            NeuralDependencyParser.Tree tree = trees.get(k);
            List<Dependency> basic = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                basic.add(new Dependency(tree.heads()[i], i, tree.labels()[i]));
            }
            for (Dependency d : RelationNames.refine(basic, words)) {
                String relation = d.relation();
                if (relation.matches("(obl|nmod|advcl|acl|conj):[a-z_]+") && !relation.matches("(nmod:poss|obl:tmod|obl:npmod|acl:relcl)")) {
                    relation = relation.substring(0, relation.indexOf(':')); // Argus's own marker names
                }
                assertEquals(expected[d.dependent()], d.governor() + " " + relation,
                        "token '" + words.get(d.dependent()) + "' of: " + String.join(" ", words));
                compared++;
            }
        }
        assertTrue(compared > 150, "compared " + compared + " tokens");
    }

    @Test
    void sentencesParsedTogetherGetTheTreesTheyGetAlone() {
        List<NeuralDependencyParser.Tagged> sentences = tagged(taggedSentences());
        NeuralDependencyParser parser = SharedParser.get();
        List<NeuralDependencyParser.Tree> together = parser.parseAll(sentences);
        assertEquals(sentences.size(), together.size());
        for (int k = 0; k < sentences.size(); k++) {
            NeuralDependencyParser.Tree alone = parser.parse(sentences.get(k).words(), sentences.get(k).tags());
            assertArrayEquals(alone.heads(), together.get(k).heads(), "sentence " + k);
            assertArrayEquals(alone.labels(), together.get(k).labels(), "sentence " + k);
        }
        assertEquals(List.of(), parser.parseAll(List.of()));
    }

    @Test
    void theScalarKernelGivesTheSameTrees() {
        List<NeuralDependencyParser.Tagged> sentences = tagged(taggedSentences());
        NeuralDependencyParser scalar = NeuralDependencyParser.load(NeuralDependencyParser.ENGLISH_UD, new ScalarKernel());
        assertFalse(scalar.vectorised());
        List<NeuralDependencyParser.Tree> expected = scalar.parseAll(sentences);
        List<NeuralDependencyParser.Tree> actual = SharedParser.get().parseAll(sentences);
        for (int k = 0; k < sentences.size(); k++) {
            assertArrayEquals(expected.get(k).heads(), actual.get(k).heads(), "sentence " + k);
            assertArrayEquals(expected.get(k).labels(), actual.get(k).labels(), "sentence " + k);
        }
    }

    private static List<CoreMap> taggedSentences() {
        Properties tagging = new Properties();
        tagging.setProperty("annotators", "tokenize,ssplit,pos");
        tagging.setProperty("ssplit.eolonly", "true");
        Annotation doc = new Annotation(TEXT.strip());
        new StanfordCoreNLP(tagging).annotate(doc);
        return doc.get(CoreAnnotations.SentencesAnnotation.class);
    }

    private static List<NeuralDependencyParser.Tagged> tagged(List<CoreMap> sentences) {
        List<NeuralDependencyParser.Tagged> out = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            List<String> words = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (CoreLabel l : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                words.add(l.word());
                tags.add(l.tag());
            }
            out.add(new NeuralDependencyParser.Tagged(words, tags));
        }
        return out;
    }

    @Test
    void aOneWordSentenceAttachesToTheRoot() {
        NeuralDependencyParser.Tree tree = SharedParser.get().parse(List.of("Shelling"), List.of("NN"));
        assertEquals(-1, tree.heads()[0]);
        assertEquals("root", tree.labels()[0]);
    }

    @Test
    void everyTokenGetsOneHeadAndExactlyOneIsTheRoot() {
        List<String> words = List.of("Unknownword", "xyzzy", "attacked", "the", "qwrtp", ",", "officials", "said", ".");
        List<String> tags = List.of("NNP", "NNP", "VBD", "DT", "NN", ",", "NNS", "VBD", ".");
        NeuralDependencyParser.Tree tree = SharedParser.get().parse(words, tags);
        int roots = 0;
        for (int i = 0; i < words.size(); i++) {
            int head = tree.heads()[i];
            assertTrue(head >= -1 && head < words.size() && head != i, "head of " + i + ": " + head);
            roots += head == -1 ? 1 : 0;
            // following heads from any token reaches the root without a cycle
            int steps = 0;
            for (int h = i; h != -1; h = tree.heads()[h]) {
                assertTrue(++steps <= words.size(), "cycle through token " + i);
            }
        }
        assertEquals(1, roots);
    }

    /** The parser model, loaded once for the cheap tests. */
    private static final class SharedParser {
        private static final NeuralDependencyParser INSTANCE = NeuralDependencyParser.load(NeuralDependencyParser.ENGLISH_UD);

        static NeuralDependencyParser get() {
            return INSTANCE;
        }
    }
}
