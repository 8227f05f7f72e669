package org.argus.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The vectorised kernel must give the scalar kernel's results bit for bit (the same float, not a
 * close one): a different rounding anywhere could tip an argmax and change a tree. Checked on random
 * inputs whose magnitudes span the range the parser sees, in the model's shapes and in odd ones.
 * The test JVM runs with {@code --add-modules jdk.incubator.vector} (the surefire argLine).
 */
class ParserKernelTest {
    private final ScalarKernel scalar = new ScalarKernel();
    private final VectorKernel vector = new VectorKernel();

    @Test
    void theVectorApiIsEnabledInTheTestJvmAndChosen() {
        assertInstanceOf(VectorKernel.class, ParserKernel.fastest());
    }

    @Test
    void embeddingTimesWeightsIsBitIdentical() {
        Random random = new Random(7);
        for (int stride : new int[] {vector.align(), 1008, 4 * vector.align()}) {
            int dims = 50;
            float[] w1 = randoms(random, 3 * dims * stride);
            float[] embedding = randoms(random, 2 * dims);
            embedding[3] = 0f; // a zero component is skipped by both
            embedding[dims + 10] = -0f;
            float[] a = new float[stride];
            float[] b = new float[stride];
            for (int row = 0; row <= 2 * dims; row += dims) {
                for (int from = 0; from <= dims; from += dims) {
                    scalar.embed(embedding, from, dims, w1, row, stride, a);
                    vector.embed(embedding, from, dims, w1, row, stride, b);
                    assertBitsEqual(a, b, "embed stride " + stride);
                }
            }
        }
    }

    @Test
    void hiddenLayerIsBitIdentical() {
        Random random = new Random(11);
        for (int width : new int[] {vector.align(), 1008}) {
            float[][] rows = new float[48][];
            for (int p = 0; p < rows.length; p++) {
                rows[p] = randoms(random, width);
            }
            float[] bias = randoms(random, width);
            for (int count : new int[] {1, 2, 47, 48}) {
                float[] a = new float[width];
                float[] b = new float[width];
                scalar.hidden(rows, count, bias, a);
                vector.hidden(rows, count, bias, b);
                assertBitsEqual(a, b, "hidden, " + count + " rows");
            }
        }
    }

    @Test
    void outputLayerIsBitIdenticalForOneOrSeveralConfigurations() {
        Random random = new Random(13);
        int units = 1000;
        int stride = 2 * vector.align();
        float[] w2 = randoms(random, units * stride);
        for (int count = 1; count <= 5; count++) {
            float[][] hidden = new float[count][];
            for (int b = 0; b < count; b++) {
                hidden[b] = randoms(random, 1008);
            }
            float[][] a = new float[count][stride];
            float[][] b = new float[count][stride];
            scalar.scores(hidden, count, units, w2, stride, a);
            vector.scores(hidden, count, units, w2, stride, b);
            for (int k = 0; k < count; k++) {
                assertBitsEqual(a[k], b[k], "scores of configuration " + k + " of " + count);
            }
        }
    }

    @Test
    void theScalarKernelCanBeForced() {
        String before = System.getProperty("argus.parser.kernel");
        System.setProperty("argus.parser.kernel", "scalar");
        try {
            assertInstanceOf(ScalarKernel.class, ParserKernel.fastest());
        } finally {
            if (before == null) {
                System.clearProperty("argus.parser.kernel");
            } else {
                System.setProperty("argus.parser.kernel", before);
            }
        }
    }

    /** Values from about 1e-6 to 1e2 in magnitude, of both signs, so that sums round often. */
    private static float[] randoms(Random random, int size) {
        float[] a = new float[size];
        for (int i = 0; i < size; i++) {
            a[i] = (float) ((random.nextBoolean() ? 1 : -1) * Math.pow(10, random.nextDouble() * 8 - 6));
        }
        return a;
    }

    private static void assertBitsEqual(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        int compared = 0;
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Float.floatToRawIntBits(expected[i]), Float.floatToRawIntBits(actual[i]),
                    what + ": element " + i + " is " + actual[i] + ", scalar gives " + expected[i]);
            compared++;
        }
        assertTrue(compared > 0);
    }
}
