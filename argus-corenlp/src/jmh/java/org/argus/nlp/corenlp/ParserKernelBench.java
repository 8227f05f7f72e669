package org.argus.nlp.corenlp;

import java.util.Random;
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
 * The parser's inner loops, in the English UD model's shapes (1,000 hidden units padded to 1,008,
 * 81 scored transitions padded to 96, 48 feature rows, 50-dimensional embeddings), with each kernel:
 * the hidden layer of one configuration, the output layer of one and of two configurations, and one
 * feature row (an embedding times its block of the first layer).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class ParserKernelBench {
    private static final int UNITS = 1000;
    private static final int WIDTH = 1008;
    private static final int COLUMNS = 96;
    private static final int DIMS = 50;
    private static final int FEATURES = 48;

    @Param({"vector", "scalar"})
    public String kernel;

    private ParserKernel k;
    private float[][] rows;
    private float[] bias;
    private float[] w1;
    private float[] w2;
    private float[] embedding;
    private float[][] hidden;
    private float[][] scores;
    private float[] row;
    private int next;

    @Setup
    public void setUp() {
        k = kernel.equals("vector") ? new VectorKernel() : new ScalarKernel();
        Random random = new Random(1);
        rows = new float[FEATURES][];
        for (int p = 0; p < FEATURES; p++) {
            rows[p] = randoms(random, WIDTH);
        }
        bias = randoms(random, WIDTH);
        // one block of the first layer per feature position, as in the model
        w1 = randoms(random, FEATURES * DIMS * WIDTH);
        w2 = randoms(random, UNITS * COLUMNS);
        embedding = randoms(random, DIMS);
        hidden = new float[][] {randoms(random, WIDTH), randoms(random, WIDTH)};
        scores = new float[2][COLUMNS];
        row = new float[WIDTH];
    }

    private static float[] randoms(Random random, int size) {
        float[] a = new float[size];
        for (int i = 0; i < size; i++) {
            a[i] = (float) (random.nextGaussian() * 0.1);
        }
        return a;
    }

    @Benchmark
    public float[] hiddenLayer() {
        k.hidden(rows, FEATURES, bias, hidden[0]);
        return hidden[0];
    }

    @Benchmark
    public float[][] outputLayerOneConfiguration() {
        k.scores(hidden, 1, UNITS, w2, COLUMNS, scores);
        return scores;
    }

    @Benchmark
    public float[][] outputLayerTwoConfigurations() {
        k.scores(hidden, 2, UNITS, w2, COLUMNS, scores);
        return scores;
    }

    /** One feature row, the 48 first-layer blocks (9.7 MB) taken in turn, as a parse meets them. */
    @Benchmark
    public float[] featureRow() {
        int position = next++ % FEATURES;
        k.embed(embedding, 0, DIMS, w1, position * DIMS, WIDTH, row);
        return row;
    }
}
