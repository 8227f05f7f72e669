package org.argus.model;

import java.util.List;
import java.util.Objects;

/**
 * One article as it moves through the pipeline. Immutable: each stage returns a copy with its layer
 * added ({@code withArticle}, {@code withAnnotation}, ...). A layer a stage has not produced yet is
 * null (for {@code article} and {@code annotation}) or an empty list. {@code notes} are what the
 * stages noticed and changed without failing the document (a page date outside the accepted dates
 * ignored, an event date dropped), each one line for the user, prefixed with the stage's name.
 */
public record Document(RawDocument raw, Article article, Annotation annotation, List<Actor> actors,
                       List<Quote> quotes, List<Event> events, List<String> notes) {
    public Document {
        Objects.requireNonNull(raw, "raw");
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        notes = List.copyOf(notes);
    }

    /** A document without notes. */
    public Document(RawDocument raw, Article article, Annotation annotation, List<Actor> actors, List<Quote> quotes, List<Event> events) {
        this(raw, article, annotation, actors, quotes, events, List.of());
    }

    public static Document of(RawDocument raw) {
        return new Document(raw, null, null, List.of(), List.of(), List.of());
    }

    /** This document with {@code more} notes after its own. */
    public Document withNotes(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new Document(raw, article, annotation, actors, quotes, events, all);
    }

    public String id() {
        return raw.id();
    }

    /** The analysed text; empty before extraction. */
    public String text() {
        return article == null ? "" : article.text();
    }

    public Document withArticle(Article a) {
        return new Document(raw, a, annotation, actors, quotes, events, notes);
    }

    public Document withAnnotation(Annotation a) {
        return new Document(raw, article, a, actors, quotes, events, notes);
    }

    public Document withActors(List<Actor> a) {
        return new Document(raw, article, annotation, a, quotes, events, notes);
    }

    public Document withQuotes(List<Quote> q) {
        return new Document(raw, article, annotation, actors, q, events, notes);
    }

    public Document withEvents(List<Event> e) {
        return new Document(raw, article, annotation, actors, quotes, e, notes);
    }

    /** The actor with id {@code actorId}, or null. */
    public Actor actor(String actorId) {
        for (Actor a : actors) {
            if (a.id().equals(actorId)) {
                return a;
            }
        }
        return null;
    }

    /**
     * The actor one of whose mentions overlaps {@code span}, preferring the mention with the largest
     * overlap, then the shortest such mention; null when no actor is named there.
     */
    public Actor actorAt(Span span) {
        Actor best = null;
        int bestOverlap = 0;
        int bestLength = Integer.MAX_VALUE;
        for (Actor a : actors) {
            for (Mention m : a.mentions()) {
                int overlap = Math.min(m.span().end(), span.end()) - Math.max(m.span().start(), span.start());
                int length = m.span().end() - m.span().start();
                // on a tie the tighter mention wins: "UN" in "the UN envoy" is the UN, not the envoy
                if (overlap > bestOverlap || overlap > 0 && overlap == bestOverlap && length < bestLength) {
                    best = a;
                    bestOverlap = overlap;
                    bestLength = length;
                }
            }
        }
        return best;
    }

    /**
     * The actor of one of {@code types} whose mention ends last in [{@code from}, {@code before}): the
     * antecedent a pronoun most likely names. Null when none is mentioned there.
     */
    public Actor latestActorBetween(int from, int before, java.util.Set<ActorType> types) {
        return latestActorBetween(from, before, types, null);
    }

    /** As {@link #latestActorBetween(int, int, java.util.Set)}, passing over actor {@code except}. */
    public Actor latestActorBetween(int from, int before, java.util.Set<ActorType> types, Actor except) {
        Actor best = null;
        int bestEnd = -1;
        for (Actor a : actors) {
            if (!types.contains(a.type()) || a.equals(except)) {
                continue;
            }
            for (Mention m : a.mentions()) {
                if (m.span().start() >= from && m.span().end() <= before && m.span().end() > bestEnd) {
                    best = a;
                    bestEnd = m.span().end();
                }
            }
        }
        return best;
    }
}
