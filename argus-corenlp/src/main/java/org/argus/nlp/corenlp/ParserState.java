package org.argus.nlp.corenlp;

import java.util.Arrays;

/**
 * One sentence's arc-standard parser state (the stack, the buffer and the arcs made so far) and the
 * 48 features Chen and Manning's network reads from it. Children are tracked as arcs are made
 * instead of searched for. Index 0 is the root; the tokens are 1..n.
 *
 * <p>Transitions are numbered as in CoreNLP's model: a left arc with label {@code l} is {@code l},
 * a right arc {@code labels + l}, the shift {@code 2 * labels}; label 0 is the root label.
 *
 * <p>Not thread-safe: one per sentence and parse.
 */
final class ParserState {
    static final int FEATURES = 48;
    private static final int POS_FEATURES = 18;
    private static final int LABEL_FEATURES = 36;
    private static final int NONE = -1;

    private final int n;
    private final int labels;
    private final int[] wordFeature;
    private final int[] posFeature;
    private final int[] head;
    private final int[] label;
    private final int[] left1;
    private final int[] left2;
    private final int[] right1;
    private final int[] right2;
    private final int[] stack;
    /** The stack is {@code stack[0..top-1]}. */
    private int top;
    /** The buffer is tokens {@code next..n}. */
    private int next;

    /**
     * @param wordFeature the word feature id of the root (index 0) and of each token
     * @param posFeature  the same for part-of-speech tags
     * @param labels      the number of arc labels
     */
    ParserState(int[] wordFeature, int[] posFeature, int labels) {
        this.n = wordFeature.length - 1;
        this.labels = labels;
        this.wordFeature = wordFeature;
        this.posFeature = posFeature;
        head = filled(n + 1);
        label = new int[n + 1];
        left1 = filled(n + 1);
        left2 = filled(n + 1);
        right1 = filled(n + 1);
        right2 = filled(n + 1);
        stack = new int[n + 1];
        stack[top++] = 0;
        next = 1;
    }

    private static int[] filled(int size) {
        int[] a = new int[size];
        Arrays.fill(a, NONE);
        return a;
    }

    boolean done() {
        return top == 1 && next > n;
    }

    boolean bufferEmpty() {
        return next > n;
    }

    /**
     * The transition this state allows alone (a shift while the stack has fewer than three items,
     * attaching the last word to the root when it is all that is left), or -1 when the network
     * must choose; with three or more items on the stack both arcs join words, so the root label is
     * excluded and the shift is allowed while the buffer has words.
     */
    int forced() {
        if (top < 3 && next <= n) {
            return 2 * labels;
        }
        if (top == 2) {
            return labels;
        }
        return -1;
    }

    void apply(int transition) {
        if (transition == 2 * labels) {
            stack[top++] = next++;
            return;
        }
        int s0 = stack[top - 1];
        int s1 = stack[top - 2];
        boolean leftArc = transition < labels;
        int l = leftArc ? transition : transition - labels;
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

    /**
     * Writes the 48 feature ids: words, tags and arc labels of the top three stack items, the first
     * three buffer words, and the children and grandchildren of the top two stack items.
     */
    void features(int[] f, int nullWord, int nullPos, int nullLabel, int[] labelFeature) {
        for (int j = 2; j >= 0; j--) {
            int index = top - 1 - j >= 0 ? stack[top - 1 - j] : NONE;
            f[2 - j] = index < 0 ? nullWord : wordFeature[index];
            f[POS_FEATURES + 2 - j] = index < 0 ? nullPos : posFeature[index];
        }
        for (int j = 0; j <= 2; j++) {
            int index = next + j <= n ? next + j : NONE;
            f[3 + j] = index < 0 ? nullWord : wordFeature[index];
            f[POS_FEATURES + 3 + j] = index < 0 ? nullPos : posFeature[index];
        }
        for (int j = 0; j <= 1; j++) {
            int k = top - 1 - j >= 0 ? stack[top - 1 - j] : NONE;
            int lc1 = k < 0 ? NONE : left1[k];
            int rc1 = k < 0 ? NONE : right1[k];
            int base = j * 6;
            aroundFeature(f, base, lc1, nullWord, nullPos, nullLabel, labelFeature);
            aroundFeature(f, base + 1, rc1, nullWord, nullPos, nullLabel, labelFeature);
            aroundFeature(f, base + 2, k < 0 ? NONE : left2[k], nullWord, nullPos, nullLabel, labelFeature);
            aroundFeature(f, base + 3, k < 0 ? NONE : right2[k], nullWord, nullPos, nullLabel, labelFeature);
            aroundFeature(f, base + 4, lc1 < 0 ? NONE : left1[lc1], nullWord, nullPos, nullLabel, labelFeature);
            aroundFeature(f, base + 5, rc1 < 0 ? NONE : right1[rc1], nullWord, nullPos, nullLabel, labelFeature);
        }
    }

    private void aroundFeature(int[] f, int m, int index, int nullWord, int nullPos, int nullLabel, int[] labelFeature) {
        f[6 + m] = index < 0 ? nullWord : wordFeature[index];
        f[POS_FEATURES + 6 + m] = index < 0 ? nullPos : posFeature[index];
        f[LABEL_FEATURES + m] = index <= 0 ? nullLabel : labelFeature[label[index]];
    }

    /** Head of token {@code i} (1-based), 0 for the root. */
    int head(int i) {
        return head[i];
    }

    /** Label index of token {@code i}'s arc (1-based). */
    int label(int i) {
        return label[i];
    }

    int size() {
        return n;
    }
}
