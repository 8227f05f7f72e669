package org.argus.nlp.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * <p>Why Argus has its own inference: parsing was two thirds of Argus's CPU time. This version keeps
 * the parser state in int arrays (children are tracked as arcs are made instead of searched for),
 * stores the weights transposed so the inner loops are plain vector updates the JIT compiles to
 * SIMD instructions, works in single precision, computes each feature's hidden-layer row once,
 * when a sentence first needs it, and does not score a step that has one legal transition.
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
    private static final int NONE = -1;
    private static final int FEATURES = 48;
    private static final int POS_FEATURES = 18;
    private static final int LABEL_FEATURES = 36;

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
    private final int transitions;
    /** Embeddings, row-major: feature id x embedding size. */
    private final float[] embeddings;
    /** First-layer weights, one row of hidden-size per (feature position, embedding dimension). */
    private final float[] w1;
    private final float[] b1;
    /** Output weights, one row of transitions per hidden unit. */
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

    private NeuralDependencyParser(Map<String, Integer> wordIds, Map<String, Integer> posIds, String[] labels,
            int[] labelFeature, int nullLabel, int embeddingSize, int hiddenSize, float[] embeddings, float[] w1, float[] b1,
            float[] w2, int[] cachedSlot, int cachedCount) {
        this.wordIds = wordIds;
        this.posIds = posIds;
        this.labels = labels;
        this.labelFeature = labelFeature;
        this.nullLabel = nullLabel;
        this.nullWord = wordIds.get(NULL);
        this.unknownWord = wordIds.get(UNKNOWN);
        this.rootWord = wordIds.get(ROOT);
        this.nullPos = posIds.get(NULL);
        this.unknownPos = posIds.get(UNKNOWN);
        this.rootPos = posIds.get(ROOT);
        this.embeddingSize = embeddingSize;
        this.hiddenSize = hiddenSize;
        this.transitions = 2 * labels.length + 1;
        this.embeddings = embeddings;
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.cachedSlot = cachedSlot;
        this.cachedRows = new AtomicReferenceArray<>(cachedCount);
    }

    /** Loads a model in CoreNLP's text format from the class path. */
    public static NeuralDependencyParser load(String resource) {
        InputStream raw = NeuralDependencyParser.class.getClassLoader().getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException("parser model not on the class path: " + resource);
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw, StandardCharsets.UTF_8), 1 << 16)) {
            return read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read parser model " + resource, e);
        }
    }

    private static NeuralDependencyParser read(BufferedReader in, String resource) throws IOException {
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
        float[] w1 = new float[FEATURES * e * h];
        for (int j = 0; j < FEATURES * e; j++) {
            parseFloats(in.readLine(), 0, w1, j * h, h);
        }
        float[] b1 = new float[h];
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
        return new NeuralDependencyParser(wordIds, posIds, labels, labelFeature, words + tags, e, h, embeddings, w1, b1,
                w2, cachedSlot, slots);
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

    /** A parse: for each token, its head (token index, or -1 for the root) and the arc label. */
    public record Tree(int[] heads, String[] labels) {
    }

    /**
     * Parses one sentence.
     *
     * @param words the tokens' words
     * @param tags  their part-of-speech tags (Penn Treebank), same length
     */
    public Tree parse(List<String> words, List<String> tags) {
        int n = words.size();
        // Index 0 is the root; tokens are 1..n.
        int[] wordFeature = new int[n + 1];
        int[] posFeature = new int[n + 1];
        wordFeature[0] = rootWord;
        posFeature[0] = rootPos;
        for (int i = 1; i <= n; i++) {
            wordFeature[i] = wordIds.getOrDefault(words.get(i - 1), unknownWord);
            posFeature[i] = posIds.getOrDefault(tags.get(i - 1), unknownPos);
        }
        int[] head = new int[n + 1];
        int[] label = new int[n + 1];
        int[] left1 = new int[n + 1];
        int[] left2 = new int[n + 1];
        int[] right1 = new int[n + 1];
        int[] right2 = new int[n + 1];
        Arrays.fill(head, NONE);
        Arrays.fill(left1, NONE);
        Arrays.fill(left2, NONE);
        Arrays.fill(right1, NONE);
        Arrays.fill(right2, NONE);
        int[] stack = new int[n + 1];
        int top = 0; // stack[0..top-1]
        stack[top++] = 0;
        int next = 1; // the buffer is tokens next..n

        int[] features = new int[FEATURES];
        float[] hidden = new float[hiddenSize];
        float[] scores = new float[transitions];
        int rootLabel = 0;
        while (!(top == 1 && next > n)) {
            boolean bufferEmpty = next > n;
            int transition;
            if (top < 3 && !bufferEmpty) {
                transition = 2 * labels.length; // only a shift is possible
            } else if (top == 2) {
                transition = labels.length + rootLabel; // only attaching the last word to the root is
            } else {
                fillFeatures(features, stack, top, next, n, wordFeature, posFeature, label, left1, left2, right1, right2);
                score(features, hidden, scores);
                transition = best(scores, top, bufferEmpty);
            }
            if (transition == 2 * labels.length) {
                stack[top++] = next++;
            } else {
                int s0 = stack[top - 1];
                int s1 = stack[top - 2];
                boolean leftArc = transition < labels.length;
                int l = leftArc ? transition : transition - labels.length;
                int dependent = leftArc ? s1 : s0;
                int governor = leftArc ? s0 : s1;
                head[dependent] = governor;
                label[dependent] = l;
                if (dependent < governor) {
                    left2[governor] = left1[governor];
                    left1[governor] = dependent;
                } else {
                    right2[governor] = right1[governor];
                    right1[governor] = dependent;
                }
                if (leftArc) {
                    stack[top - 2] = s0;
                }
                top--;
            }
        }
        int[] heads = new int[n];
        String[] names = new String[n];
        for (int i = 1; i <= n; i++) {
            heads[i - 1] = head[i] - 1;
            names[i - 1] = head[i] == 0 ? "root" : labels[label[i]];
        }
        return new Tree(heads, names);
    }

    /** The transition with the highest score among those the state allows (first one on ties). */
    private int best(float[] scores, int top, boolean bufferEmpty) {
        int labelCount = labels.length;
        int best = -1;
        float bestScore = Float.NEGATIVE_INFINITY;
        // With three or more items on the stack both arcs join words, so the root label is excluded.
        for (int t = 0; t < transitions; t++) {
            boolean legal;
            if (t < 2 * labelCount) {
                legal = (t % labelCount) != 0;
            } else {
                legal = !bufferEmpty;
            }
            if (legal && scores[t] > bestScore) {
                bestScore = scores[t];
                best = t;
            }
        }
        return best;
    }

    private void fillFeatures(int[] f, int[] stack, int top, int next, int n, int[] wordFeature, int[] posFeature,
            int[] label, int[] left1, int[] left2, int[] right1, int[] right2) {
        for (int j = 2; j >= 0; j--) {
            int index = top - 1 - j >= 0 ? stack[top - 1 - j] : NONE;
            f[2 - j] = word(index, wordFeature);
            f[POS_FEATURES + 2 - j] = pos(index, posFeature);
        }
        for (int j = 0; j <= 2; j++) {
            int index = next + j <= n ? next + j : NONE;
            f[3 + j] = word(index, wordFeature);
            f[POS_FEATURES + 3 + j] = pos(index, posFeature);
        }
        for (int j = 0; j <= 1; j++) {
            int k = top - 1 - j >= 0 ? stack[top - 1 - j] : NONE;
            int lc1 = k < 0 ? NONE : left1[k];
            int rc1 = k < 0 ? NONE : right1[k];
            int[] around = {
                lc1,
                rc1,
                k < 0 ? NONE : left2[k],
                k < 0 ? NONE : right2[k],
                lc1 < 0 ? NONE : left1[lc1],
                rc1 < 0 ? NONE : right1[rc1],
            };
            for (int m = 0; m < 6; m++) {
                int index = around[m];
                f[6 + j * 6 + m] = word(index, wordFeature);
                f[POS_FEATURES + 6 + j * 6 + m] = pos(index, posFeature);
                f[LABEL_FEATURES + j * 6 + m] = index <= 0 ? nullLabel : labelFeature[label[index]];
            }
        }
    }

    private int word(int index, int[] wordFeature) {
        return index < 0 ? nullWord : wordFeature[index];
    }

    private int pos(int index, int[] posFeature) {
        return index < 0 ? nullPos : posFeature[index];
    }

    /** The network: hidden = (W1 x + b1)^3, scores = W2 hidden. */
    private void score(int[] features, float[] hidden, float[] scores) {
        int h = hiddenSize;
        Arrays.fill(hidden, 0f);
        for (int position = 0; position < FEATURES; position++) {
            int feature = features[position];
            int slot = cachedSlot[feature * FEATURES + position];
            if (slot >= 0) {
                float[] row = cachedRows.get(slot);
                if (row == null) {
                    row = contribution(feature, position);
                    cachedRows.set(slot, row);
                }
                for (int i = 0; i < h; i++) {
                    hidden[i] += row[i];
                }
            } else {
                int key = feature * FEATURES + position;
                float[] row = rareRows.get(key);
                if (row == null) {
                    row = contribution(feature, position);
                    if (rareRows.size() < RARE_ROWS) {
                        rareRows.putIfAbsent(key, row);
                    }
                }
                for (int i = 0; i < h; i++) {
                    hidden[i] += row[i];
                }
            }
        }
        for (int i = 0; i < h; i++) {
            float x = hidden[i] + b1[i];
            hidden[i] = x * x * x;
        }
        int t = transitions;
        Arrays.fill(scores, 0f);
        for (int i = 0; i < h; i++) {
            float x = hidden[i];
            int base = i * t;
            for (int j = 0; j < t; j++) {
                scores[j] += x * w2[base + j];
            }
        }
    }

    private float[] contribution(int feature, int position) {
        float[] row = new float[hiddenSize];
        addContribution(row, feature, position);
        return row;
    }

    /** Adds W1's block for {@code position} times the feature's embedding to {@code into}. */
    private void addContribution(float[] into, int feature, int position) {
        int h = hiddenSize;
        int e = embeddingSize;
        for (int d = 0; d < e; d++) {
            float v = embeddings[feature * e + d];
            if (v == 0f) {
                continue;
            }
            int base = (position * e + d) * h;
            for (int i = 0; i < h; i++) {
                into[i] += v * w1[base + i];
            }
        }
    }
}
