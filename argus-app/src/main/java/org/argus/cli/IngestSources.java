package org.argus.cli;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.argus.ingest.Fetcher;
import org.argus.ingest.InputReader;
import org.argus.ingest.InputResult;
import org.argus.ingest.WarcInputs;
import org.argus.ingest.WebInputs;
import org.argus.store.CorpusStore;
import org.argus.store.FeedState;

/**
 * What {@code argus ingest} reads, in the order given: files and folders, web archives (.warc,
 * .warc.gz), page URLs (http, https), then the items of each feed. Each source is opened only when
 * the run reaches it. The corpus tells which URLs are stored and what each feed last answered.
 */
final class IngestSources {
    private final Fetcher fetcher;
    private final WebInputs.Memory memory;
    private final List<WebInputs> web = new ArrayList<>();

    private final org.argus.model.DateRange dates;

    IngestSources(Fetcher fetcher, CorpusStore store, org.argus.model.DateRange dates) {
        this.dates = dates;
        this.fetcher = fetcher;
        this.memory = new WebInputs.Memory() {
            @Override
            public boolean stored(String url) {
                return store.hasUrl(url);
            }

            @Override
            public String[] validators(String feed) {
                FeedState s = store.feedState(feed);
                return new String[] {s.etag(), s.lastModified()};
            }

            @Override
            public void keep(String feed, String etag, String lastModified) {
                store.saveFeedState(new FeedState(feed, etag, lastModified));
            }
        };
    }

    static boolean isUrl(String input) {
        return input.matches("(?i)https?://.*");
    }

    /** The inputs and then the feeds' new items. */
    Iterator<InputResult> read(List<String> inputs, List<String> feeds) {
        List<Supplier<Iterator<InputResult>>> parts = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (String input : inputs) {
            if (isUrl(input)) {
                pages.add(input);
            } else if (WarcInputs.isWarc(Path.of(input))) {
                parts.add(() -> new WarcInputs(Path.of(input), InputReader.MAX_FILE_BYTES));
            } else {
                parts.add(() -> new InputReader(dates).read(List.of(Path.of(input))));
            }
        }
        if (!pages.isEmpty() || !feeds.isEmpty()) {
            parts.add(() -> {
                WebInputs w = new WebInputs(fetcher, pages, feeds, memory, InputReader.MAX_FILE_BYTES);
                web.add(w);
                return w;
            });
        }
        return new Chain(parts);
    }

    /** Keeps each feed's validators: call once the run's articles are stored. */
    void keepFeedValidators() {
        web.forEach(WebInputs::keepValidators);
    }

    /** Feeds that answered 304 Not Modified. */
    int unchangedFeeds() {
        return web.stream().mapToInt(WebInputs::notModified).sum();
    }

    /** The iterators one after another, each made when reached. */
    private static final class Chain implements Iterator<InputResult> {
        private final Deque<Supplier<Iterator<InputResult>>> parts;
        private Iterator<InputResult> current;

        Chain(List<Supplier<Iterator<InputResult>>> parts) {
            this.parts = new ArrayDeque<>(parts);
        }

        @Override
        public boolean hasNext() {
            while (current == null || !current.hasNext()) {
                if (parts.isEmpty()) {
                    return false;
                }
                current = parts.removeFirst().get();
            }
            return true;
        }

        @Override
        public InputResult next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
