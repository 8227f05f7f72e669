package org.argus.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import org.argus.actors.ActorDictionary;
import org.argus.app.Models;
import org.argus.app.Pipelines;
import org.argus.events.Lexicon;
import org.argus.pipeline.Pipeline;
import org.argus.words.Words;

/**
 * What the analysis of a job depends on, carried to the executors inside the functions: the default
 * publication date and the names of the analyst's files (actor dictionary, lexicon, word lists),
 * which the job ships to every executor ({@code SparkContext.addFile}). Immutable.
 *
 * <p>{@link #pipeline} builds the pipeline on the machine that runs it. The CoreNLP models, the
 * shipped lexicon and the gazetteer come from per-JVM holders ({@link Models}, {@link Pipelines}):
 * each is loaded by the first task of an executor that asks for it (the JVM initialises a holder
 * class once, under its class-initialisation lock, so tasks running at the same time wait for that
 * one load) and then shared, read-only, by every task of that executor.
 */
public final class AnalysisConfig implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String published;
    private final String actors;
    private final String lexicon;
    private final String words;

    /**
     * @param published the date of articles nothing else dates, or null
     * @param actors    the shipped actor dictionary's file name, or null
     * @param lexicon   the shipped lexicon's file name, or null
     * @param words     the shipped word list additions' file name, or null
     */
    public AnalysisConfig(LocalDate published, String actors, String lexicon, String words) {
        this.published = published == null ? null : published.toString();
        this.actors = actors;
        this.lexicon = lexicon;
        this.words = words;
    }

    /**
     * The whole Argus pipeline, as {@code argus analyze} builds it with the same options;
     * {@code locate} finds a shipped file on this machine, and {@code problems} hears of each bad
     * line in the analyst's files (the driver reports them; executors pass a sink that drops them).
     */
    public Pipeline pipeline(Function<String, Path> locate, Consumer<String> problems) {
        try {
            ActorDictionary dictionary = actors == null ? ActorDictionary.empty() : ActorDictionary.load(locate.apply(actors), problems);
            Lexicon shipped = Pipelines.shippedLexicon();
            Lexicon lex = lexicon == null ? shipped : shipped.with(Lexicon.read(locate.apply(lexicon), problems));
            Words list = words == null ? Words.shipped() : Words.withUserFile(locate.apply(words), problems);
            return Pipelines.full(Models.annotator(new PrintWriter(Writer.nullWriter()), true),
                    published == null ? null : LocalDate.parse(published), dictionary, lex, list);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the analyst's files: " + e.getMessage(), e);
        }
    }
}
