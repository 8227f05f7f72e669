package org.argus.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.argus.model.SourceRef;

/**
 * Articles from the web, fetched one at a time as they are asked for: pages named by URL, then the
 * items of each feed (RSS or Atom, by URL or file). A feed item whose URL is already stored, or was
 * met earlier in the run, is not fetched again. A feed is asked for with the validators of its last
 * answer, so an unchanged feed answers 304 and costs nothing; the new validators are kept
 * ({@link #keepValidators}) only once the run has taken every item, and only for a feed whose every
 * item could be fetched, so an item that failed is tried again at the next poll. Each failure is one
 * {@link InputResult.Failed} naming the URL or file, and the run goes on. Not thread-safe.
 */
public final class WebInputs implements Iterator<InputResult> {
    /** What the corpus already holds: stored URLs, and each feed's last validators. */
    public interface Memory {
        boolean stored(String url);

        /** {ETag, Last-Modified} of the feed's last answer (either may be null). */
        String[] validators(String feed);

        void keep(String feed, String etag, String lastModified);
    }

    private record Page(String url, FeedReader.Item item, String feed) {
    }

    private final Fetcher fetcher;
    private final Memory memory;
    private final Deque<Page> pages = new ArrayDeque<>();
    private final Deque<String> feeds;
    private final Set<String> seen = new HashSet<>();
    private final Map<String, String[]> answered = new LinkedHashMap<>();
    private final Set<String> incomplete = new HashSet<>();
    private final long maxFeedFileBytes;
    private int notModified;
    private InputResult next;

    /**
     * @param pages URLs to fetch whatever the corpus holds (the user named them)
     * @param feeds feed URLs or files
     */
    public WebInputs(Fetcher fetcher, List<String> pages, List<String> feeds, Memory memory, long maxFeedFileBytes) {
        this.fetcher = fetcher;
        this.memory = memory;
        this.maxFeedFileBytes = maxFeedFileBytes;
        for (String url : pages) {
            this.pages.add(new Page(url, null, null));
        }
        this.feeds = new ArrayDeque<>(feeds);
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (!pages.isEmpty()) {
                next = fetch(pages.removeFirst());
            } else if (!feeds.isEmpty()) {
                next = readFeed(feeds.removeFirst());
            } else {
                return false;
            }
        }
        return true;
    }

    @Override
    public InputResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputResult r = next;
        next = null;
        return r;
    }

    /** Feeds that answered 304 (nothing new) in this run. */
    public int notModified() {
        return notModified;
    }

    /** Keeps the validators of each feed read in full whose every item was fetched (call when the run's articles are stored). */
    public void keepValidators() {
        answered.forEach((feed, v) -> {
            if (!incomplete.contains(feed)) {
                memory.keep(feed, v[0], v[1]);
            }
        });
    }

    private InputResult fetch(Page page) {
        try {
            Fetcher.Response r = fetcher.fetch(page.url(), Fetcher.Kind.PAGE);
            FeedReader.Item item = page.item();
            return WebPage.document(page.url(), r.mediaType(), r.charset(), r.body(), item == null ? null : item.published(),
                    item == null ? null : item.title());
        } catch (FetchException e) {
            if (page.feed() != null) {
                incomplete.add(page.feed());
            }
            return new InputResult.Failed(SourceRef.file(page.url()), e.getMessage());
        }
    }

    /** Queues the feed's new items; null, or the failure to read the feed. */
    private InputResult readFeed(String feed) {
        byte[] bytes;
        String base = null;
        if (feed.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
            String[] v = memory.validators(feed);
            try {
                Fetcher.Response r = fetcher.fetch(feed, Fetcher.Kind.FEED, v[0], v[1]);
                if (r.notModified()) {
                    notModified++;
                    return null;
                }
                bytes = r.body();
                base = r.url();
                answered.put(feed, new String[] {r.etag(), r.lastModified()});
            } catch (FetchException e) {
                return new InputResult.Failed(SourceRef.file(feed), "feed: " + e.getMessage());
            }
        } else {
            try {
                Path file = Path.of(feed);
                if (Files.size(file) > maxFeedFileBytes) {
                    return new InputResult.Failed(SourceRef.file(feed), "feed file over the limit of " + maxFeedFileBytes + " bytes");
                }
                bytes = Files.readAllBytes(file);
            } catch (IOException | RuntimeException e) {
                return new InputResult.Failed(SourceRef.file(feed), "cannot read the feed: "
                        + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
            }
        }
        List<FeedReader.Item> items;
        try {
            items = new FeedReader().read(bytes, base);
        } catch (IllegalArgumentException e) {
            answered.remove(feed);
            return new InputResult.Failed(SourceRef.file(feed), e.getMessage());
        }
        List<Page> fresh = new ArrayList<>();
        for (FeedReader.Item item : items) {
            if (seen.add(item.url()) && !memory.stored(item.url())) {
                fresh.add(new Page(item.url(), item, feed));
            }
        }
        pages.addAll(fresh);
        return null;
    }
}
