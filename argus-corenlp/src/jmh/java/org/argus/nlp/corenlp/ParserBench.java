package org.argus.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole parses of eight sentences we wrote (tagged by CoreNLP in the setup), once the row cache
 * holds their rows: one call for all of them (scored in lockstep, as the annotator parses a
 * document) and one call per sentence, with each kernel.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx3g"})
public class ParserBench {
    private static final String TEXT = """
            The two delegations met in Geneva on Tuesday to discuss a prisoner exchange and a ceasefire along the front.
            Rebel commanders rejected the proposal, saying the government had broken every previous truce.
            A spokesman for the foreign ministry said the talks would resume next week if both sides agreed.
            Artillery fire was reported overnight near the port, where aid convoys have been stuck since March.
            "We are ready to sign, but not at any price," the envoy told reporters after the meeting.
            The United Nations urged restraint and offered to monitor the withdrawal of heavy weapons.
            Neighbouring states, which have backed opposite sides, were not invited to the first round.
            Officials declined to say whether the militia leader would attend.
            """;

    @Param({"vector", "scalar"})
    public String kernel;

    private NeuralDependencyParser parser;
    private List<NeuralDependencyParser.Tagged> sentences;

    @Setup
    public void setUp() {
        parser = NeuralDependencyParser.load(NeuralDependencyParser.ENGLISH_UD,
                kernel.equals("vector") ? new VectorKernel() : new ScalarKernel());
        Properties tagging = new Properties();
        tagging.setProperty("annotators", "tokenize,ssplit,pos");
        tagging.setProperty("ssplit.eolonly", "true");
        Annotation doc = new Annotation(TEXT.strip());
        new StanfordCoreNLP(tagging).annotate(doc);
        sentences = new ArrayList<>();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<String> words = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (CoreLabel l : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                words.add(l.word());
                tags.add(l.tag());
            }
            sentences.add(new NeuralDependencyParser.Tagged(words, tags));
        }
    }

    @Benchmark
    public List<NeuralDependencyParser.Tree> allSentencesInOneCall() {
        return parser.parseAll(sentences);
    }

    @Benchmark
    public List<NeuralDependencyParser.Tree> oneCallPerSentence() {
        List<NeuralDependencyParser.Tree> trees = new ArrayList<>(sentences.size());
        for (NeuralDependencyParser.Tagged s : sentences) {
            trees.add(parser.parse(s.words(), s.tags()));
        }
        return trees;
    }
}
