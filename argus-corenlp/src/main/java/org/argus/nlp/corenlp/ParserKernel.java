package org.argus.nlp.corenlp;

/**
 * The arithmetic of {@link NeuralDependencyParser}'s network: an embedding times a block of the
 * first layer's weights, the hidden layer, and the output layer. Every implementation performs the
 * same single-precision additions and multiplications in the same order for each output element
 * (starting from zero, multiplying before adding, never fused), so all give bit-identical results
 * and therefore the same trees; they differ only in how many elements they compute at once.
 *
 * <p>Arrays are row-major with a row length ({@code stride}) that is a multiple of {@link #align()}
 * and zero-padded past the real width. Implementations are stateless and thread-safe.
 */
interface ParserKernel {
    /** What every padded row length must be a multiple of. */
    int align();

    /**
     * {@code into[i] = sum over d < dims of embedding[from + d] * w1[(firstRow + d) * stride + i]}
     * for every {@code i < stride}, added in {@code d} order, skipping components that are zero.
     */
    void embed(float[] embedding, int from, int dims, float[] w1, int firstRow, int stride, float[] into);

    /**
     * {@code hidden[i] = x * x * x} with {@code x = (rows[0][i] + ... + rows[count - 1][i]) + bias[i]},
     * the rows added in order from zero, for every {@code i < hidden.length}.
     */
    void hidden(float[][] rows, int count, float[] bias, float[] hidden);

    /**
     * {@code scores[b][j] = sum over i < units of hidden[b][i] * w2[i * stride + j]}, added in
     * {@code i} order from zero, for every {@code j < stride} and each {@code b < count}.
     */
    void scores(float[][] hidden, int count, int units, float[] w2, int stride, float[][] scores);

    /**
     * The vectorised kernel when the JDK's Vector API ({@code jdk.incubator.vector}) is enabled
     * ({@code --add-modules jdk.incubator.vector}), else the scalar one. The system property
     * {@code argus.parser.kernel=scalar} forces the scalar one.
     */
    static ParserKernel fastest() {
        boolean vectorApi = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        if (!vectorApi || "scalar".equals(System.getProperty("argus.parser.kernel"))) {
            return new ScalarKernel();
        }
        try {
            return (ParserKernel) Class.forName("org.argus.nlp.corenlp.VectorKernel").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return new ScalarKernel();
        }
    }
}
