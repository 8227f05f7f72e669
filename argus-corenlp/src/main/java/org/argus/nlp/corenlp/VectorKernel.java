package org.argus.nlp.corenlp;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The parser's arithmetic with the JDK's Vector API: each pass keeps three vectors of partial sums
 * in registers while it walks the inputs, instead of loading and storing the sums at every step
 * (the scalar loops' cost, and on the 81-wide output layer the JIT's scalar tail). Per output
 * element it does exactly the scalar kernel's operations in the same order (a multiply, then an
 * add; never a fused multiply-add), so the results are bit-identical.
 *
 * <p>Loaded only when {@code jdk.incubator.vector} is enabled ({@link ParserKernel#fastest()}).
 */
final class VectorKernel implements ParserKernel {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    private static final int BLOCK = 3 * LANES;

    @Override
    public int align() {
        return BLOCK;
    }

    /**
     * Walks the weights row by row (each row once, in memory order), adding into {@code into}:
     * the rows are far apart, so reading a few lanes of each in turn would cost more than the sums.
     */
    @Override
    public void embed(float[] embedding, int from, int dims, float[] w1, int firstRow, int stride, float[] into) {
        java.util.Arrays.fill(into, 0, stride, 0f);
        for (int d = 0; d < dims; d++) {
            float v = embedding[from + d];
            if (v == 0f) {
                continue;
            }
            FloatVector x = FloatVector.broadcast(SPECIES, v);
            int base = (firstRow + d) * stride;
            for (int i = 0; i < stride; i += LANES) {
                FloatVector.fromArray(SPECIES, into, i).add(x.mul(FloatVector.fromArray(SPECIES, w1, base + i))).intoArray(into, i);
            }
        }
    }

    /**
     * Adds the rows four at a time, in order, into the partial sums: each row is read in memory
     * order (the cache's prefetcher follows four streams, not 48) and the sums are loaded and stored
     * once per four rows.
     */
    @Override
    public void hidden(float[][] rows, int count, float[] bias, float[] hidden) {
        int h = hidden.length;
        java.util.Arrays.fill(hidden, 0f);
        int p = 0;
        for (; p + 3 < count; p += 4) {
            float[] r0 = rows[p];
            float[] r1 = rows[p + 1];
            float[] r2 = rows[p + 2];
            float[] r3 = rows[p + 3];
            for (int i = 0; i < h; i += LANES) {
                FloatVector.fromArray(SPECIES, hidden, i)
                        .add(FloatVector.fromArray(SPECIES, r0, i))
                        .add(FloatVector.fromArray(SPECIES, r1, i))
                        .add(FloatVector.fromArray(SPECIES, r2, i))
                        .add(FloatVector.fromArray(SPECIES, r3, i))
                        .intoArray(hidden, i);
            }
        }
        for (; p < count; p++) {
            float[] r = rows[p];
            for (int i = 0; i < h; i += LANES) {
                FloatVector.fromArray(SPECIES, hidden, i).add(FloatVector.fromArray(SPECIES, r, i)).intoArray(hidden, i);
            }
        }
        for (int i = 0; i < h; i += LANES) {
            cube(FloatVector.fromArray(SPECIES, hidden, i).add(FloatVector.fromArray(SPECIES, bias, i))).intoArray(hidden, i);
        }
    }

    private static FloatVector cube(FloatVector x) {
        return x.mul(x).mul(x);
    }

    @Override
    public void scores(float[][] hidden, int count, int units, float[] w2, int stride, float[][] scores) {
        int b = 0;
        for (; b + 1 < count; b += 2) {
            scoresOfTwo(hidden[b], hidden[b + 1], units, w2, stride, scores[b], scores[b + 1]);
        }
        if (b < count) {
            scoresOfOne(hidden[b], units, w2, stride, scores[b]);
        }
    }

    private static void scoresOfOne(float[] hidden, int units, float[] w2, int stride, float[] scores) {
        for (int j = 0; j < stride; j += BLOCK) {
            FloatVector a0 = FloatVector.zero(SPECIES);
            FloatVector a1 = FloatVector.zero(SPECIES);
            FloatVector a2 = FloatVector.zero(SPECIES);
            for (int i = 0; i < units; i++) {
                FloatVector x = FloatVector.broadcast(SPECIES, hidden[i]);
                int base = i * stride + j;
                a0 = a0.add(x.mul(FloatVector.fromArray(SPECIES, w2, base)));
                a1 = a1.add(x.mul(FloatVector.fromArray(SPECIES, w2, base + LANES)));
                a2 = a2.add(x.mul(FloatVector.fromArray(SPECIES, w2, base + 2 * LANES)));
            }
            a0.intoArray(scores, j);
            a1.intoArray(scores, j + LANES);
            a2.intoArray(scores, j + 2 * LANES);
        }
    }

    /** Two configurations at once: each block of weights is loaded once for both. */
    private static void scoresOfTwo(float[] h0, float[] h1, int units, float[] w2, int stride, float[] s0, float[] s1) {
        for (int j = 0; j < stride; j += BLOCK) {
            FloatVector a0 = FloatVector.zero(SPECIES);
            FloatVector a1 = FloatVector.zero(SPECIES);
            FloatVector a2 = FloatVector.zero(SPECIES);
            FloatVector c0 = FloatVector.zero(SPECIES);
            FloatVector c1 = FloatVector.zero(SPECIES);
            FloatVector c2 = FloatVector.zero(SPECIES);
            for (int i = 0; i < units; i++) {
                int base = i * stride + j;
                FloatVector w0 = FloatVector.fromArray(SPECIES, w2, base);
                FloatVector w1 = FloatVector.fromArray(SPECIES, w2, base + LANES);
                FloatVector w2v = FloatVector.fromArray(SPECIES, w2, base + 2 * LANES);
                FloatVector x = FloatVector.broadcast(SPECIES, h0[i]);
                FloatVector y = FloatVector.broadcast(SPECIES, h1[i]);
                a0 = a0.add(x.mul(w0));
                a1 = a1.add(x.mul(w1));
                a2 = a2.add(x.mul(w2v));
                c0 = c0.add(y.mul(w0));
                c1 = c1.add(y.mul(w1));
                c2 = c2.add(y.mul(w2v));
            }
            a0.intoArray(s0, j);
            a1.intoArray(s0, j + LANES);
            a2.intoArray(s0, j + 2 * LANES);
            c0.intoArray(s1, j);
            c1.intoArray(s1, j + LANES);
            c2.intoArray(s1, j + 2 * LANES);
        }
    }
}
