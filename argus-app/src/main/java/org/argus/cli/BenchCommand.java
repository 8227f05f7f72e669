package org.argus.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.argus.app.StageSpeed;
import org.argus.app.Throughput;
import org.argus.model.RawDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code argus bench}: articles/s of the whole pipeline beside CoreNLP's stock pipeline. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Throughput benchmark: the whole Argus pipeline and CoreNLP's stock pipeline on the same texts.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Folder of .txt articles (default: ${DEFAULT-VALUE}).")
    Path dir = Path.of("..", "shared", "data", "polnear", "train", "text");

    @Option(names = "--limit", paramLabel = "N", description = "Use at most N articles (default: all).")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for both systems (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-stock", description = "Skip the stock CoreNLP run.")
    boolean noStock;

    @Option(names = "--passes", paramLabel = "N", description = "Analyse the texts N times in one process with "
            + "Argus (default: ${DEFAULT-VALUE}); the first pass includes the JIT's warm-up, the later ones show the steady state.")
    int passes = 1;

    @Option(names = "--stages", description = "Instead: annotate the texts once, then time each later stage "
            + "(actors, quotes, events, time, places) alone on one core, in articles/s and sentences/s.")
    boolean stages;

    @Option(names = "--rounds", paramLabel = "N", description = "With --stages: rounds over the texts; the best counts (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be 1 or more, got " + threads);
        }
        if (!Files.isDirectory(dir)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "not a directory: " + dir);
        }
        List<RawDocument> docs = Throughput.readCorpus(dir, limit);
        if (stages) {
            PrintWriter out = spec.commandLine().getOut();
            for (StageSpeed.Figures f : new StageSpeed(spec.commandLine().getErr()).measure(docs, rounds)) {
                out.printf("%-8s %4d articles %6d sentences  %7.3f CPU s  %9.0f articles/s  %10.0f sentences/s%n", f.stage(),
                        f.articles(), f.sentences(), f.cpuSeconds(), f.articlesPerSecond(), f.sentencesPerSecond());
            }
            out.flush();
            return 0;
        }
        if (passes < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--passes must be at least 1, got " + passes);
        }
        Throughput bench = new Throughput(spec.commandLine().getErr(), threads);
        List<Throughput.Figures> passFigures = bench.argus(docs, passes);
        PrintWriter out = spec.commandLine().getOut();
        passFigures.forEach(f -> print(out, f));
        Throughput.Figures argus = passFigures.get(0);
        if (!noStock) {
            Throughput.Figures stock = bench.stockCoreNlp(docs);
            print(out, stock);
            out.printf("ratio argus/stock: %.2f%n", argus.articlesPerSecond() / stock.articlesPerSecond());
        }
        return 0;
    }

    private static void print(PrintWriter out, Throughput.Figures f) {
        out.printf("%-58s %4d articles  load %5.1f s  run %6.1f s  %6.2f articles/s  %5.3f CPU s/article"
                + " (%5.3f outside the analysing threads: JIT, GC)%n", f.system(), f.articles(), f.loadSeconds(), f.runSeconds(),
                f.articlesPerSecond(), f.cpuSecondsPerArticle(), f.otherCpuSecondsPerArticle());
        out.flush();
    }
}
