package org.argus.nlp.corenlp;

import java.util.Arrays;

/**
 * The parser's arithmetic in plain loops (the JIT vectorises the long ones): the fallback when the
 * Vector API is not enabled, and the reference the vectorised kernel must match bit for bit.
 */
final class ScalarKernel implements ParserKernel {
    @Override
    public int align() {
        return 1;
    }

    @Override
    public void embed(float[] embedding, int from, int dims, float[] w1, int firstRow, int stride, float[] into) {
        Arrays.fill(into, 0, stride, 0f);
        for (int d = 0; d < dims; d++) {
            float v = embedding[from + d];
            if (v == 0f) {
                continue;
            }
            int base = (firstRow + d) * stride;
            for (int i = 0; i < stride; i++) {
                into[i] += v * w1[base + i];
            }
        }
    }

    @Override
    public void hidden(float[][] rows, int count, float[] bias, float[] hidden) {
        int h = hidden.length;
        Arrays.fill(hidden, 0f);
        for (int p = 0; p < count; p++) {
            float[] row = rows[p];
            for (int i = 0; i < h; i++) {
                hidden[i] += row[i];
            }
        }
        for (int i = 0; i < h; i++) {
            float x = hidden[i] + bias[i];
            hidden[i] = x * x * x;
        }
    }

    @Override
    public void scores(float[][] hidden, int count, int units, float[] w2, int stride, float[][] scores) {
        for (int b = 0; b < count; b++) {
            float[] h = hidden[b];
            float[] s = scores[b];
            Arrays.fill(s, 0, stride, 0f);
            for (int i = 0; i < units; i++) {
                float x = h[i];
                int base = i * stride;
                for (int j = 0; j < stride; j++) {
                    s[j] += x * w2[base + j];
                }
            }
        }
    }
}
