package org.argus.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.argus.app.Models;
import org.argus.app.Pipelines;
import org.argus.app.Progress;
import org.argus.app.RunSummary;
import org.argus.ingest.FetchPolicy;
import org.argus.ingest.Fetcher;
import org.argus.pipeline.Pipeline;
import org.argus.store.CorpusStore;
import org.argus.store.StoreLocation;
import org.argus.store.UpsertResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code argus ingest}: analyses articles (files, web archives, pages, feeds) and stores them in the corpus database. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyse articles and store them in the corpus database; re-ingesting an article updates it. "
                + "Reads files and folders, web archives (.warc, .warc.gz), page URLs and RSS or Atom feeds.")
final class IngestCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RunOptions options;

    @Mixin
    DbOption dbOption;

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Files or folders (.txt, .html, .jsonl), web archives (.warc, .warc.gz) or page URLs (http, https).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--feed", paramLabel = "URL|FILE",
            description = "An RSS or Atom feed: its items' pages are fetched and ingested, except those already stored (repeatable).")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--watch", description = "Keep polling the feeds and ingest what is new, until stopped (see --every).")
    boolean watch;

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "10m",
            description = "How often --watch polls the feeds: 30s, 10m, 2h (default: ${DEFAULT-VALUE}).")
    String every;

    @Option(names = "--polls", paramLabel = "N", description = "With --watch: stop after N polls (default: never).")
    Integer polls;

    @Option(names = "--host-delay", paramLabel = "DURATION", defaultValue = "1s",
            description = "Least time between two requests to one web host (default: ${DEFAULT-VALUE}; robots.txt may ask for more).")
    String hostDelay;

    @Override
    public Integer call() {
        if (inputs.isEmpty() && feeds.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give at least one INPUT or --feed");
        }
        if (watch && feeds.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--watch polls feeds: give at least one --feed");
        }
        if (polls != null && polls < 1) {
            throw new ParameterException(spec.commandLine(), "--polls must be at least 1, not " + polls);
        }
        // every option and file is checked before the corpus is opened: a typo stores nothing
        RunOptions.Checked checked = options.check();
        Duration interval = duration("--every", every);
        Fetcher fetcher = new Fetcher(FetchPolicy.defaults().withHostDelay(duration("--host-delay", hostDelay)));
        StoreLocation location = dbOption.resolve();
        Progress progress = new Progress(spec.commandLine().getErr(), !options.quiet);
        boolean failed = false;
        try (CorpusStore store = CorpusStore.open(location)) {
            org.argus.actors.ActorDictionary dictionary = checked.dictionary();
            if (options.actors != null) {
                // the dictionary's aliases and splits also hold for the articles stored before
                store.useDictionary(checked.dictionary(), options.actors.toString());
            }
            Pipeline pipeline = Pipelines.full(Models.annotator(spec.commandLine().getErr(), options.quiet), options.published, dictionary,
                    checked.lexicon(), checked.words(), checked.dates(), checked.budget());
            for (int poll = 1; ; poll++) {
                failed |= ingest(pipeline, checked, store, location, new IngestSources(fetcher, store, checked.dates()),
                        poll == 1 ? inputs : List.of(), watch ? "poll " + poll + ": " : "", progress);
                if (!watch || polls != null && poll >= polls) {
                    break;
                }
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return failed ? 1 : 0;
    }

    /** One pass over the sources; true when something failed (each failure was reported). */
    private boolean ingest(Pipeline pipeline, RunOptions.Checked checked, CorpusStore store, StoreLocation location, IngestSources sources, List<String> given,
                           String prefix, Progress progress) {
        int[] stored = new int[4];
        RunSummary summary = CliInputs.run(pipeline, options, checked, CliInputs.adapt(sources.read(given, feeds), progress), progress, document -> {
            try {
                UpsertResult result = store.upsert(document);
                stored[result.inserted() ? 0 : 1]++;
                if (result.duplicateOf() != null) {
                    stored[3]++;
                    progress.message(String.format(Locale.ROOT, "argus: %s: near-duplicate of %s (%.0f%% of the shorter text shared); "
                            + "linked, counted once in corpus views", result.articleId(), result.duplicateOf(), 100 * result.containment()));
                }
            } catch (RuntimeException e) {
                stored[2]++;
                progress.message("argus: " + document.raw().source() + ": store: " + e.getMessage());
            }
        });
        if (stored[2] == 0) {
            sources.keepFeedValidators();
        }
        int unchanged = sources.unchangedFeeds();
        org.argus.output.Printable.writer(spec.commandLine().getOut()).printf("%sstored %d new and %d updated articles in %s (%d failed, %d near-duplicates linked%s)%n",
                prefix, stored[0], stored[1], location, summary.rejected() + stored[2], stored[3],
                unchanged == 0 ? "" : ", " + unchanged + " feed" + (unchanged == 1 ? "" : "s") + " unchanged").flush();
        return summary.anyFailed() || stored[2] > 0;
    }

    /** A duration written 90s, 10m, 2h or 1d (or ISO-8601, PT10M); a usage error otherwise. */
    private Duration duration(String option, String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.matches("\\d+(ms|s|m|h|d)")) {
                long n = Long.parseLong(t.replaceAll("\\D", ""));
                return switch (t.replaceAll("\\d", "")) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            }
            Duration d = Duration.parse(text.strip());
            if (d.isNegative()) {
                throw new IllegalArgumentException("negative");
            }
            return d;
        } catch (RuntimeException e) {
            throw new ParameterException(spec.commandLine(), option + ": '" + text + "' is not a duration (say 30s, 10m or 2h)");
        }
    }
}
