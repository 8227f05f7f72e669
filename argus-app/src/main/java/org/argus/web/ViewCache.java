package org.argus.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The corpus views (actors, timeline, alliances, disputes, briefs) computed once per state of the
 * corpus: each takes seconds on a thousand articles, while the corpus changes only when an article
 * is stored. A view is kept under the corpus version it was computed at ({@link
 * org.argus.store.CorpusStore#version()}); a new version drops every view. Requests for a view being
 * computed wait for that computation instead of starting their own. Thread-safe.
 */
final class ViewCache {
    private final int capacity;
    private final Map<String, CompletableFuture<Object>> views;
    private String version = "";

    ViewCache(int capacity) {
        this.capacity = capacity;
        this.views = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** The view {@code key} at corpus version {@code corpusVersion}, computed by {@code compute} when not kept. */
    @SuppressWarnings("unchecked")
    <T> T get(String corpusVersion, String key, Supplier<T> compute) {
        CompletableFuture<Object> future;
        boolean mine = false;
        synchronized (this) {
            if (!corpusVersion.equals(version)) {
                views.clear();
                version = corpusVersion;
            }
            future = views.get(key);
            if (future == null) {
                future = new CompletableFuture<>();
                views.put(key, future);
                mine = true;
                if (views.size() > capacity) {
                    String eldest = views.keySet().iterator().next();
                    views.remove(eldest);
                }
            }
        }
        if (mine) {
            try {
                future.complete(compute.get());
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
                synchronized (this) {
                    views.remove(key, future);
                }
                throw e;
            }
        }
        try {
            return (T) future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
