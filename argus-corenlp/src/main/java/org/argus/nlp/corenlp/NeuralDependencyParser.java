package org.argus.nlp.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.zip.GZIPInputStream;

/**
 * Greedy arc-standard dependency parsing with the feed-forward network of Chen and Manning (2014),
 * reading the model files CoreNLP ships for its neural parser ({@code english_UD.gz}): the same
 * features, the same network and the same choice of transition, so the trees are CoreNLP's.
 *
 * <p>Why Argus has its own inference: parsing was two thirds of Argus's CPU time, and it is still
 * the largest part. The network works in single precision; each (feature, position) pair's
 * hidden-layer row (its embedding times its block of the first layer) is computed once, when first
 * needed, and kept; a step that has one legal transition is not scored, and a scored step computes
 * only the transitions that can be legal there (never the root label, which only the last word
 * takes). The sentences of one call are parsed in lockstep so that each output-layer weight is
 * loaded once for two configurations. The arithmetic is a {@link ParserKernel}: vectorised with the
 * Vector API when it is enabled, else plain loops, with bit-identical results either way.
 *
 * <p>Thread-safe: the model is read-only apart from the lazily filled row cache, whose rows are
 * published atomically.
 */
public final class NeuralDependencyParser {
    /** CoreNLP's English Universal Dependencies model, in the CoreNLP models jar. */
    public static final String ENGLISH_UD = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private static final String UNKNOWN = "-UNKNOWN-";
    private static final String NULL = "-NULL-";
    private static final String ROOT = "-ROOT-";
    private static final int FEATURES = ParserState.FEATURES;
    /** Configurations scored together at most. */
    private static final int BATCH = 8;
    /**
     * Rounds of {@link #warmUp()}: enough for the JIT to compile the kernel (about 100 on a busy
     * 2-core machine), after which a round costs microseconds.
     */
    private static final int WARM_UP_ROUNDS = 300;

    private final ParserKernel kernel;
    private final Map<String, Integer> wordIds;
    private final Map<String, Integer> posIds;
    /** Arc labels in transition order; index 0 is the root label. */
    private final String[] labels;
    /** Feature id of each arc label (same order as {@link #labels}). */
    private final int[] labelFeature;
    private final int nullWord;
    private final int unknownWord;
    private final int rootWord;
    private final int nullPos;
    private final int unknownPos;
    private final int rootPos;
    private final int nullLabel;
    private final int embeddingSize;
    private final int hiddenSize;
    /** Row length of the hidden layer: its size rounded up to the kernel's alignment, zero-padded. */
    private final int hiddenWidth;
    /** The transitions a scored step may take, in transition order: non-root arcs, then the shift. */
    private final int[] columnTransition;
    /** Row length of the output layer: the scored transitions rounded up to the kernel's alignment. */
    private final int columnWidth;
    /** Embeddings, row-major: feature id x embedding size. */
    private final float[] embeddings;
    /** First-layer weights, one row of {@link #hiddenWidth} per (feature position, embedding dimension). */
    private final float[] w1;
    private final float[] b1;
    /** Output weights of the scored transitions, one row of {@link #columnWidth} per hidden unit. */
    private final float[] w2;
    /** Slot of each (feature id, position) pair whose hidden contribution is cached, or -1. */
    private final int[] cachedSlot;
    private final AtomicReferenceArray<float[]> cachedRows;
    /**
     * Rows of pairs the model did not mark for precomputation (rare words in some position), kept
     * once met, up to {@link #RARE_ROWS} of them (4 KB each with the English model).
     */
    private final ConcurrentHashMap<Integer, float[]> rareRows = new ConcurrentHashMap<>();
    private static final int RARE_ROWS = 50_000;

    private NeuralDependencyParser(ParserKernel kernel, Model m) {
        this.kernel = kernel;
        this.wordIds = m.wordIds;
        this.posIds = m.posIds;
        this.labels = m.labels;
        this.labelFeature = m.labelFeature;
        this.nullLabel = m.nullLabel;
        this.nullWord = wordIds.get(NULL);
        this.unknownWord = wordIds.get(UNKNOWN);
        this.rootWord = wordIds.get(ROOT);
        this.nullPos = posIds.get(NULL);
        this.unknownPos = posIds.get(UNKNOWN);
        this.rootPos = posIds.get(ROOT);
        this.embeddingSize = m.embeddingSize;
        this.hiddenSize = m.hiddenSize;
        this.hiddenWidth = m.hiddenWidth;
        this.embeddings = m.embeddings;
        this.w1 = m.w1;
        this.b1 = m.b1;
        int labelCount = labels.length;
        columnTransition = new int[2 * (labelCount - 1) + 1];
        int c = 0;
        for (int t = 0; t <= 2 * labelCount; t++) {
            if (t == 2 * labelCount || t % labelCount != 0) {
                columnTransition[c++] = t;
            }
        }
        this.columnWidth = roundUp(columnTransition.length, kernel.align());
        int allTransitions = 2 * labelCount + 1;
        this.w2 = new float[hiddenSize * columnWidth];
        for (int i = 0; i < hiddenSize; i++) {
            for (int col = 0; col < columnTransition.length; col++) {
                w2[i * columnWidth + col] = m.w2[i * allTransitions + columnTransition[col]];
            }
        }
        this.cachedSlot = m.cachedSlot;
        this.cachedRows = new AtomicReferenceArray<>(m.cachedCount);
    }

    private static int roundUp(int size, int align) {
        return (size + align - 1) / align * align;
    }

    /** Loads a model in CoreNLP's text format from the class path, with the fastest kernel this JVM allows. */
    public static NeuralDependencyParser load(String resource) {
        return load(resource, ParserKernel.fastest());
    }

    static NeuralDependencyParser load(String resource, ParserKernel kernel) {
        InputStream raw = NeuralDependencyParser.class.getClassLoader().getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException("parser model not on the class path: " + resource);
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw, StandardCharsets.UTF_8), 1 << 16)) {
            NeuralDependencyParser parser = new NeuralDependencyParser(kernel, Model.read(in, resource, kernel.align()));
            parser.warmUp();
            return parser;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read parser model " + resource, e);
        }
    }

    /**
     * Runs the kernel on inputs shaped like the model's until the JIT has compiled it. Until then
     * the Vector API runs as ordinary objects, hundreds of times slower: on the first 150 articles of
     * a run that cost 11% of the CPU. Nothing is cached or changed.
     */
    private void warmUp() {
        float[][] rows = new float[FEATURES][hiddenWidth];
        float[][] hidden = new float[2][hiddenWidth];
        float[][] scores = new float[2][columnWidth];
        float[] row = new float[hiddenWidth];
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            kernel.embed(embeddings, (round % 2 == 0 ? unknownWord : nullPos) * embeddingSize, embeddingSize, w1,
                    (round % FEATURES) * embeddingSize, hiddenWidth, row);
            for (int p = 0; p < FEATURES; p++) {
                rows[p] = row;
            }
            kernel.hidden(rows, FEATURES, b1, hidden[0]);
            kernel.hidden(rows, FEATURES, b1, hidden[1]);
            kernel.scores(hidden, 2, hiddenSize, w2, columnWidth, scores);
            kernel.scores(hidden, 1, hiddenSize, w2, columnWidth, scores);
        }
    }

    /** Whether this parser computes with the Vector API. */
    public boolean vectorised() {
        return !(kernel instanceof ScalarKernel);
    }

    /** A parse: for each token, its head (token index, or -1 for the root) and the arc label. */
    public record Tree(int[] heads, String[] labels) {
    }

    /** One sentence to parse: the tokens' words and their part-of-speech tags (Penn Treebank), same length. */
    public record Tagged(List<String> words, List<String> tags) {
        public Tagged {
            if (words.size() != tags.size()) {
                throw new IllegalArgumentException(words.size() + " words but " + tags.size() + " tags");
            }
        }
    }

    /**
     * Parses one sentence.
     *
     * @param words the tokens' words
     * @param tags  their part-of-speech tags (Penn Treebank), same length
     */
    public Tree parse(List<String> words, List<String> tags) {
        return parseAll(List.of(new Tagged(words, tags))).get(0);
    }

    /**
     * Parses several sentences, each exactly as {@link #parse} would (the same tree): they advance in
     * lockstep so that the configurations waiting for the network are scored together.
     */
    public List<Tree> parseAll(List<Tagged> sentences) {
        ParserState[] active = new ParserState[sentences.size()];
        ParserState[] states = new ParserState[sentences.size()];
        for (int k = 0; k < states.length; k++) {
            states[k] = state(sentences.get(k));
            active[k] = states[k];
        }
        int batch = Math.max(1, Math.min(BATCH, states.length));
        int[] features = new int[FEATURES];
        float[][] rows = new float[FEATURES][];
        float[][] hidden = new float[batch][hiddenWidth];
        float[][] scores = new float[batch][columnWidth];
        int live = active.length;
        while (live > 0) {
            // Take every transition that needs no network; keep the states that wait for one.
            int waiting = 0;
            for (int k = 0; k < live; k++) {
                ParserState s = active[k];
                for (int t = s.forced(); t >= 0 && !s.done(); t = s.forced()) {
                    s.apply(t);
                }
                if (!s.done()) {
                    active[waiting++] = s;
                }
            }
            live = waiting;
            for (int from = 0; from < live; from += batch) {
                int count = Math.min(batch, live - from);
                for (int b = 0; b < count; b++) {
                    active[from + b].features(features, nullWord, nullPos, nullLabel, labelFeature);
                    for (int position = 0; position < FEATURES; position++) {
                        rows[position] = row(features[position], position);
                    }
                    kernel.hidden(rows, FEATURES, b1, hidden[b]);
                }
                kernel.scores(hidden, count, hiddenSize, w2, columnWidth, scores);
                for (int b = 0; b < count; b++) {
                    ParserState s = active[from + b];
                    s.apply(best(scores[b], s.bufferEmpty()));
                }
            }
        }
        List<Tree> trees = new ArrayList<>(states.length);
        for (ParserState s : states) {
            trees.add(tree(s));
        }
        return trees;
    }

    private ParserState state(Tagged sentence) {
        int n = sentence.words().size();
        int[] wordFeature = new int[n + 1];
        int[] posFeature = new int[n + 1];
        wordFeature[0] = rootWord;
        posFeature[0] = rootPos;
        for (int i = 1; i <= n; i++) {
            wordFeature[i] = wordIds.getOrDefault(sentence.words().get(i - 1), unknownWord);
            posFeature[i] = posIds.getOrDefault(sentence.tags().get(i - 1), unknownPos);
        }
        return new ParserState(wordFeature, posFeature, labels.length);
    }

    private Tree tree(ParserState s) {
        int n = s.size();
        int[] heads = new int[n];
        String[] names = new String[n];
        for (int i = 1; i <= n; i++) {
            heads[i - 1] = s.head(i) - 1;
            names[i - 1] = s.head(i) == 0 ? "root" : labels[s.label(i)];
        }
        return new Tree(heads, names);
    }

    /**
     * The transition with the highest score among those the state allows (the first one on ties):
     * every scored transition, but the shift (the last column) only while the buffer has words.
     */
    private int best(float[] scores, boolean bufferEmpty) {
        int columns = bufferEmpty ? columnTransition.length - 1 : columnTransition.length;
        int best = -1;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < columns; c++) {
            if (scores[c] > bestScore) {
                bestScore = scores[c];
                best = c;
            }
        }
        return columnTransition[best];
    }

    /** The hidden-layer contribution of {@code feature} at {@code position}: computed once, then kept. */
    private float[] row(int feature, int position) {
        int key = feature * FEATURES + position;
        int slot = cachedSlot[key];
        if (slot >= 0) {
            float[] row = cachedRows.get(slot);
            if (row == null) {
                row = contribution(feature, position);
                cachedRows.set(slot, row);
            }
            return row;
        }
        float[] row = rareRows.get(key);
        if (row == null) {
            row = contribution(feature, position);
            if (rareRows.size() < RARE_ROWS) {
                rareRows.putIfAbsent(key, row);
            }
        }
        return row;
    }

    /** W1's block for {@code position} times the feature's embedding. */
    private float[] contribution(int feature, int position) {
        float[] row = new float[hiddenWidth];
        kernel.embed(embeddings, feature * embeddingSize, embeddingSize, w1, position * embeddingSize, hiddenWidth, row);
        return row;
    }

    /** The model file's contents, with the first layer's rows padded to the kernel's alignment. */
    private record Model(Map<String, Integer> wordIds, Map<String, Integer> posIds, String[] labels, int[] labelFeature,
            int nullLabel, int embeddingSize, int hiddenSize, int hiddenWidth, float[] embeddings, float[] w1, float[] b1,
            float[] w2, int[] cachedSlot, int cachedCount) {

        static Model read(BufferedReader in, String resource, int align) throws IOException {
            int[] header = new int[7];
            for (int k = 0; k < header.length; k++) {
                String line = in.readLine();
                if (line == null || line.indexOf('=') < 0) {
                    throw new IllegalStateException(resource + ":" + (k + 1) + ": expected a 'name=number' header line");
                }
                header[k] = Integer.parseInt(line.substring(line.indexOf('=') + 1).trim());
            }
            int words = header[0];
            int tags = header[1];
            int labelCount = header[2];
            int e = header[3];
            int h = header[4];
            if (header[5] != FEATURES) {
                throw new IllegalStateException(resource + ": the model uses " + header[5] + " features; this parser reads " + FEATURES);
            }
            int precomputed = header[6];
            int ids = words + tags + labelCount;
            float[] embeddings = new float[ids * e];
            Map<String, Integer> wordIds = new HashMap<>(words * 2);
            Map<String, Integer> posIds = new HashMap<>();
            String[] allLabels = new String[labelCount];
            for (int id = 0; id < ids; id++) {
                String line = in.readLine();
                int space = line.indexOf(' ');
                String name = line.substring(0, space);
                if (id < words) {
                    wordIds.put(name, id);
                } else if (id < words + tags) {
                    posIds.put(name, id);
                } else {
                    allLabels[id - words - tags] = name;
                }
                parseFloats(line, space + 1, embeddings, id * e, e);
            }
            // The file holds W1 column by column: one line per input unit, one number per hidden unit.
            int width = roundUp(h, align);
            float[] w1 = new float[FEATURES * e * width];
            for (int j = 0; j < FEATURES * e; j++) {
                parseFloats(in.readLine(), 0, w1, j * width, h);
            }
            float[] b1 = new float[width];
            parseFloats(in.readLine(), 0, b1, 0, h);
            int transitions = 2 * labelCount - 1;
            float[] w2 = new float[h * transitions];
            for (int j = 0; j < h; j++) {
                parseFloats(in.readLine(), 0, w2, j * transitions, transitions);
            }
            int[] cachedSlot = new int[ids * FEATURES];
            Arrays.fill(cachedSlot, -1);
            int slots = 0;
            while (slots < precomputed) {
                String line = in.readLine();
                if (line == null) {
                    break;
                }
                for (String key : line.trim().split(" ")) {
                    if (!key.isEmpty()) {
                        cachedSlot[Integer.parseInt(key)] = slots++;
                    }
                }
            }
            // Label 0 in the file is the NULL label; the transitions use the others, root label first.
            String[] labels = Arrays.copyOfRange(allLabels, 1, labelCount);
            int[] labelFeature = new int[labels.length];
            for (int i = 0; i < labels.length; i++) {
                labelFeature[i] = words + tags + 1 + i;
            }
            return new Model(wordIds, posIds, labels, labelFeature, words + tags, e, h, width, embeddings, w1, b1, w2,
                    cachedSlot, slots);
        }

        private static void parseFloats(String line, int from, float[] into, int offset, int count) {
            int pos = from;
            for (int i = 0; i < count; i++) {
                int end = line.indexOf(' ', pos);
                if (end < 0) {
                    end = line.length();
                }
                into[offset + i] = Float.parseFloat(line.substring(pos, end));
                pos = end + 1;
            }
        }
    }
}
