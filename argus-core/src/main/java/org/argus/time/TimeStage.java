package org.argus.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.argus.model.Article;
import org.argus.model.DateRange;
import org.argus.model.Dependency;
import org.argus.model.Document;
import org.argus.model.Event;
import org.argus.model.EventDate;
import org.argus.model.PublishedDate;
import org.argus.model.Quote;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.model.Token;
import org.argus.pipeline.Layer;
import org.argus.pipeline.Stage;
import org.argus.words.Words;

/**
 * Dates each event. The anchor is the article's publication date; when nothing has given one, it is
 * inferred from the text ({@link PublishedDates}: a dateline, else the latest full date, flagged
 * {@code ESTIMATED}) and set on the article.
 *
 * <p>Every time expression of the text ({@link TimeExpressions}) is resolved in text order by
 * {@link DateResolver}: against the anchor, or, inside a direct quote, against the day the quote was
 * said when its attribution gives one ("'we struck today,' he said on Tuesday"); chains ("three days
 * later") count from the previous resolved date of the text. An event takes the expression of its
 * sentence attached to its trigger in the parse, else the nearest one on the same side of any
 * quotation marks; with none, it takes the publication date with origin {@code PUBLISHED}. Events of
 * an article that has no date at all stay undated.
 *
 * <p>A date outside the accepted dates ({@link DateRange}: "next year" in an article dated 9999-12-31,
 * a year 0) is no date: an inferred publication date outside them is not set, and an event whose
 * date resolves outside them keeps no date; each is noted on the document. Nothing here throws on an
 * extreme year: an expression that cannot be resolved is skipped. Immutable and thread-safe.
 */
public final class TimeStage implements Stage {
    private final Set<String> futureAuxiliaries;
    private final Set<String> futureHeads;
    private final DateRange dates;

    /** The stage reading the word lists {@code time/future-auxiliaries} and {@code time/future-heads} of {@code words}, accepting the default dates. */
    public TimeStage(Words words) {
        this(words, DateRange.standard());
    }

    /** The stage reading {@code words}' time lists and accepting the dates of {@code dates}. */
    public TimeStage(Words words, DateRange dates) {
        this.futureAuxiliaries = words.set("time/future-auxiliaries");
        this.futureHeads = words.set("time/future-heads");
        this.dates = dates;
    }

    /** One resolved expression (package-private so the evaluation can read every date, not only events'). */
    record Dated(TimeExpressions.Found found, EventDate date, Quote quote, int sentence, int verb) {
    }


    @Override
    public String name() {
        return "time";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.EVENTS, Layer.QUOTES, Layer.SENTENCES, Layer.DEPENDENCIES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.EVENT_DATES);
    }

    @Override
    public Document apply(Document doc) {
        if (doc.article() == null) {
            return doc;
        }
        Article article = doc.article();
        List<String> notes = new ArrayList<>();
        if (article.published() == null) {
            PublishedDate inferred = PublishedDates.infer(article.text());
            if (inferred != null && !dates.contains(inferred.date())) {
                notes.add(name() + ": publication date " + inferred.date() + " inferred from the text ignored: " + dates.outside());
                inferred = null;
            }
            if (inferred != null) {
                article = new Article(article.title(), article.text(), inferred, article.url(), article.outlet(), article.captions(),
                        article.meta());
                doc = doc.withArticle(article);
            }
        }
        if (article.published() == null || doc.events().isEmpty()) {
            return doc.withNotes(notes);
        }
        LocalDate anchor = article.published().date();
        List<Dated> resolved = resolveAll(doc, anchor);
        List<Event> dated = new ArrayList<>();
        for (Event e : doc.events()) {
            EventDate date = pick(doc, e, resolved);
            date = date != null ? date : new EventDate(anchor, EventDate.Precision.DAY, EventDate.Origin.PUBLISHED, null);
            if (!dates.contains(date.date())) {
                notes.add(name() + ": date " + date.iso() + (date.text() == null ? "" : " (\"" + date.text() + "\")") + " of the "
                        + e.type() + " event at " + e.trigger().span().start() + " dropped: " + dates.outside());
                date = null;
            }
            dated.add(e.withDate(date));
        }
        return doc.withEvents(dated).withNotes(notes);
    }

    /** Every time expression of the text, resolved in text order. */
    List<Dated> resolveAll(Document doc, LocalDate anchor) {
        List<Dated> out = new ArrayList<>();
        EventDate previous = null;
        for (TimeExpressions.Found f : TimeExpressions.find(doc.text(), 0)) {
            Quote quote = quoteAround(doc, f.span());
            Sentence s = doc.annotation() == null ? null : doc.annotation().sentenceAt(f.span().start());
            int verb = s == null ? -1 : attachedVerb(s, f.span());
            boolean future = s != null && verb >= 0 && future(s, verb);
            LocalDate at = quote == null ? anchor : saidOn(doc, quote, anchor);
            EventDate d = resolve(f.text(), at, previous, future);
            if (d != null) {
                previous = d;
                out.add(new Dated(f, d, quote, s == null ? -1 : s.index(), verb));
            }
        }
        return out;
    }

    /** The expression's date, or null when it has none or it cannot be held (a year past what a date holds). */
    private static EventDate resolve(String text, LocalDate at, EventDate previous, boolean future) {
        try {
            return DateResolver.resolve(text, at, previous, future);
        } catch (java.time.DateTimeException | ArithmeticException beyond) {
            return null;
        }
    }

    /** The date of the event's sentence that belongs to it, or null. */
    private static EventDate pick(Document doc, Event e, List<Dated> resolved) {
        Quote quote = quoteAround(doc, e.trigger().span());
        Sentence s = doc.annotation() == null ? null : doc.annotation().sentenceAt(e.trigger().span().start());
        int trigger = s == null ? -1 : tokenAt(s, e.trigger().span().start());
        Dated best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Dated d : resolved) {
            if (!e.sentence().contains(d.found().span()) || d.quote() != quote) {
                continue;
            }
            if (trigger >= 0 && d.verb() >= 0 && d.verb() != trigger && !governs(s, d.verb(), trigger) && !underWithoutClause(s, d.verb(), trigger)) {
                // the expression dates another clause ("Kenya, which sent troops this month, accused the rebels")
                continue;
            }
            int distance = Math.abs(d.found().span().start() - e.trigger().span().start());
            int score = trigger >= 0 && d.verb() == trigger ? distance - 100_000 : distance;
            if (score < bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best == null ? null : best.date();
    }

    /** Whether {@code ancestor} lies on the path from {@code node} up to the root. */
    private static boolean governs(Sentence s, int ancestor, int node) {
        int current = node;
        for (int steps = 0; steps < s.tokens().size(); steps++) {
            Dependency up = s.parentOf(current);
            if (up == null || up.governor() < 0) {
                return false;
            }
            current = up.governor();
            if (current == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code node} lies under {@code top} through no boundary of a separate clause (relative
     * clause, reported content, conjoined or juxtaposed clause); adverbial and open clausal
     * complements ("accused Turkey of violating its airspace in January") share their head's time.
     */
    private static boolean underWithoutClause(Sentence s, int node, int top) {
        int current = node;
        for (int steps = 0; steps < s.tokens().size(); steps++) {
            Dependency up = s.parentOf(current);
            if (up == null || up.governor() < 0) {
                return false;
            }
            String r = up.relation();
            if (r.equals("acl:relcl") || r.equals("ccomp") || r.startsWith("conj") || r.equals("parataxis")) {
                return false;
            }
            current = up.governor();
            if (current == top) {
                return true;
            }
        }
        return false;
    }

    /** The direct quote (or labelled statement) whose content holds {@code span}, or null. */
    private static Quote quoteAround(Document doc, Span span) {
        for (Quote q : doc.quotes()) {
            if (q.kind() != Quote.Kind.INDIRECT && q.span().contains(span)) {
                return q;
            }
        }
        return null;
    }

    /**
     * The day a quote was said: a day-precise expression of its cue's sentence outside any quote
     * ("he said on Tuesday"), else the anchor.
     */
    private static LocalDate saidOn(Document doc, Quote q, LocalDate anchor) {
        if (q.cue() == null || doc.annotation() == null) {
            return anchor;
        }
        Sentence s = doc.annotation().sentenceAt(q.cue().span().start());
        if (s == null) {
            return anchor;
        }
        LocalDate best = anchor;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpressions.Found f : TimeExpressions.find(s.span().of(doc.text()), s.span().start())) {
            if (quoteAround(doc, f.span()) != null) {
                continue;
            }
            EventDate d = resolve(f.text(), anchor, null, false);
            int distance = Math.abs(f.span().start() - q.cue().span().start());
            if (d != null && d.precision() == EventDate.Precision.DAY && distance < bestDistance) {
                best = d.date();
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int tokenAt(Sentence s, int offset) {
        for (Token t : s.tokens()) {
            if (t.span().start() <= offset && offset < t.span().end()) {
                return t.index();
            }
        }
        return -1;
    }

    /** The verb (or predicate) a time expression hangs from in the parse, or -1 when unparsed. */
    private static int attachedVerb(Sentence s, Span span) {
        if (s.dependencies().isEmpty()) {
            return -1;
        }
        int node = -1;
        for (Token t : s.tokens()) {
            if (span.contains(t.span())) {
                Dependency up = s.parentOf(t.index());
                if (up != null && (up.governor() < 0 || !span.contains(s.tokens().get(up.governor()).span()))) {
                    node = t.index();
                    break;
                }
            }
        }
        for (int steps = 0; node >= 0 && steps < s.tokens().size(); steps++) {
            Dependency up = s.parentOf(node);
            if (up == null || up.governor() < 0) {
                return node;
            }
            node = up.governor();
            if (s.tokens().get(node).isVerb()) {
                return node;
            }
        }
        return node;
    }

    /** Whether the clause of {@code verb} speaks of the future: "will meet", "is due to meet". */
    private boolean future(Sentence s, int verb) {
        for (Dependency d : s.children(verb)) {
            if (d.relation().startsWith("aux") && futureAuxiliaries.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        Dependency up = s.parentOf(verb);
        return up != null && up.governor() >= 0 && up.relation().equals("xcomp")
                && futureHeads.contains(s.tokens().get(up.governor()).word().toLowerCase(Locale.ROOT));
    }
}
