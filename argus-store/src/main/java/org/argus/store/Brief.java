package org.argus.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.argus.corpus.AllianceGraph;
import org.argus.corpus.Disputes;

/**
 * What the corpus says about one actor over a period: its key events in date order, the main quotes
 * by or about it, who backs or opposes it, and the disputed claims it is party to. Every item can be
 * traced to its sentence with {@link #locate}.
 *
 * @param query    the actor as the user asked for it
 * @param actors   the corpus actors the query matched (name or alias)
 * @param from     start of the period, or null
 * @param to       end of the period, or null
 * @param events   the key events (most independently reported first chosen, then put in date order)
 * @param quotes   the main quotes: by a matched actor first, then about one
 * @param alliances the signed edges a matched actor is on
 * @param disputes the disputes a matched actor is accused in or asserts
 * @param articles the articles the items rest on, by id
 */
public record Brief(String query, List<CorpusActor> actors, LocalDate from, LocalDate to, List<TimelineEntry> events,
                    List<CorpusQuote> quotes, List<AllianceGraph.Edge> alliances, List<Disputes.Dispute> disputes,
                    Map<String, Source> articles) {
    /** An article the brief cites: its metadata and text, to place each cited sentence. */
    public record Source(String id, String title, String outlet, String url, String published, String text) {
    }

    /** Where a cited passage sits: its article and character offsets into the article's analysed text. */
    public record Link(String article, String url, int start, int end) {
    }

    /** The offsets of {@code passage} in {@code article}'s text, or a link with offsets -1 when it cannot be placed. */
    public Link locate(String article, String passage) {
        Source s = articles.get(article);
        if (s == null || passage == null) {
            return new Link(article, null, -1, -1);
        }
        int at = s.text().indexOf(passage);
        return at < 0 ? new Link(article, s.url(), -1, -1) : new Link(article, s.url(), at, at + passage.length());
    }

    /** Where a quote stands: its stored offsets. */
    public Link link(CorpusQuote quote) {
        Source s = articles.get(quote.article());
        return new Link(quote.article(), s == null ? null : s.url(), quote.start(), quote.end());
    }

    /** How many key events a brief shows unless told otherwise. */
    public static final int DEFAULT_EVENTS = 12;
    /** How many quotes a brief shows. */
    public static final int DEFAULT_QUOTES = 8;

    static Brief build(CorpusStore store, String query, LocalDate from, LocalDate to, int maxEvents, int maxQuotes) {
        String q = query.toLowerCase(Locale.ROOT).strip();
        // the corpus actors and article sources are read once, for every part of the brief
        List<CorpusActor> all = store.actors(Filters.ActorFilter.all());
        Map<String, String> sources = store.independentSources();
        Set<String> ids = Timeline.matching(all, q);
        List<CorpusActor> matched = all.stream().filter(a -> ids.contains(a.id())).toList();

        List<TimelineEntry> candidates = new ArrayList<>(store.timeline(new Filters.EventFilter(query, null, from, to), all, sources));
        candidates.sort(Comparator.comparingInt(TimelineEntry::independentSources).reversed()
                .thenComparing(Comparator.comparingInt((TimelineEntry t) -> t.reports().size()).reversed()));
        List<TimelineEntry> events = new ArrayList<>(candidates.subList(0, Math.min(maxEvents, candidates.size())));
        events.sort(Comparator.comparing((TimelineEntry t) -> org.argus.corpus.EventClusters.start(t.date(), t.datePrecision())));

        // quotes by a matched actor: the speaker as written in its article resolves to one; quotes about
        // one: the text names it (its name, or an alias that is a proper name)
        Map<String, CorpusActor> byArticleName = PartyEvents.byArticleName(all);
        Set<String> names = new LinkedHashSet<>();
        names.add(q);
        for (CorpusActor a : matched) {
            names.add(a.name().toLowerCase(Locale.ROOT));
            a.aliases().stream().filter(alias -> alias.length() > 3 && Character.isUpperCase(alias.charAt(0)))
                    .forEach(alias -> names.add(alias.toLowerCase(Locale.ROOT)));
        }
        List<CorpusQuote> by = new ArrayList<>();
        List<CorpusQuote> about = new ArrayList<>();
        for (CorpusQuote quote : store.quotes(new Filters.QuoteFilter(null, null, from, to))) {
            String speaker = quote.speaker() == null ? null : quote.speaker().toLowerCase(Locale.ROOT);
            CorpusActor speakerActor = speaker == null ? null : byArticleName.get(quote.article() + "\u001f" + speaker);
            if (speaker != null && (speakerActor != null && ids.contains(speakerActor.id()) || speaker.contains(q))) {
                by.add(quote);
            } else if (names.stream().anyMatch(n -> quote.text().toLowerCase(Locale.ROOT).contains(n))) {
                about.add(quote);
            }
        }
        Comparator<CorpusQuote> main = Comparator.comparing((CorpusQuote c) -> "indirect".equals(c.kind()))
                .thenComparing(Comparator.comparingInt((CorpusQuote c) -> c.text().length()).reversed());
        by.sort(main);
        about.sort(main);
        List<CorpusQuote> quotes = new ArrayList<>();
        Set<String> perArticle = new LinkedHashSet<>();
        for (List<CorpusQuote> pool : List.of(by, about)) {
            for (CorpusQuote c : pool) {
                // one quote per article and speaker first, so the main voices are all heard
                if (quotes.size() < maxQuotes && perArticle.add(c.article() + "\u001f" + c.speaker())) {
                    quotes.add(c);
                }
            }
        }

        List<AllianceGraph.Edge> alliances = store.alliances(from, to, all, sources).stream()
                .filter(e -> ids.contains(e.source().id()) || ids.contains(e.target().id())).toList();
        List<Disputes.Dispute> disputes = store.disputes(from, to, all).stream()
                .filter(d -> ids.contains(d.accused().id()) || d.asserted().stream().anyMatch(s -> ids.contains(s.party().id()))).toList();

        Set<String> cited = new LinkedHashSet<>();
        events.forEach(e -> cited.addAll(e.articles()));
        quotes.forEach(c -> cited.add(c.article()));
        alliances.forEach(e -> cited.addAll(e.articles()));
        disputes.forEach(d -> cited.addAll(d.articles()));
        Map<String, Source> articles = new LinkedHashMap<>();
        for (Source s : store.sources(cited)) {
            articles.put(s.id(), s);
        }
        return new Brief(query, matched, from, to, List.copyOf(events), List.copyOf(quotes), alliances, disputes, articles);
    }
}
