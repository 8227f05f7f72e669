package org.argus.quotes.content;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.argus.grammar.TokenSpans;
import org.argus.model.Dependency;
import org.argus.model.Quote;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.model.Token;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.Marked;
import org.argus.quotes.draft.Passage;
import org.argus.quotes.draft.Quotation;
import org.argus.quotes.draft.QuoteDraft;
import org.argus.quotes.draft.Speakers;
import org.argus.quotes.draft.Titles;
import org.argus.rules.Rule;

/**
 * {@code quote.content.whole-statement}: a short or lower-case quotation inside what its cue reports,
 * where the parse gives the cue no clause, makes the whole statement one direct quote: from the word
 * after the cue (and after the person told, "told supporters") to the end of the statement ("The
 * minister told supporters she will protect the law while her rival wants to "take the country
 * back.""), or, when the cue and its speaker follow, everything before the quotation ("The talks
 * achieved "very little," the mediator said"). The statement ends where the sentence goes on with a
 * clause of its own (", but she denied ...", "; ...", ", engaging in ..."). The same cue's reported
 * clause gives way to it; not when it would overlap another quote.
 */
final class WholeStatement implements Rule<Quotation> {
    static final String ID = "quote.content.whole-statement";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** The word lists the unit reads: cue verbs, verbs whose object is the person told, words that open a clause after a telling verb, conjunctions that open a clause of the reporter's own. */
    record Lists(Set<String> cues, Set<String> telling, Set<String> clausePronouns, Set<String> clauseConjunctions) {
    }

    private final Lists lists;
    private final Titles titles;

    WholeStatement(Lists lists, Titles titles) {
        this.lists = lists;
        this.titles = titles;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Quotation q) {
        CueAt cue = q.cue();
        if (!q.open() || cue == null || !(q.partial() || q.fragment())) {
            return false;
        }
        Passage p = q.passage();
        Span mixed = reportedAround(p, cue, q.marked());
        if (mixed == null) {
            return false;
        }
        Span cueSpan = cue.span();
        // the same cue's reported clause without the quoted piece gives way to the whole statement
        Predicate<QuoteDraft> sameStatement = o -> o.kind() == Quote.Kind.INDIRECT && o.cue() != null
                && o.cue().span().equals(cueSpan) && mixed.contains(o.span());
        if (p.quotes().stream().anyMatch(o -> o.span().overlaps(mixed))
                || p.reported().stream().anyMatch(o -> o.span().overlaps(mixed) && !sameStatement.test(o))) {
            return false;
        }
        QuoteDraft made = p.quote(mixed, Quote.Kind.DIRECT, cue, mixed.start());
        p.reported().removeIf(sameStatement);
        p.add(made, cue, q.marked());
        q.into(made);
        return true;
    }

    /** The statement the cue reports around quotation {@code m}; null when the cue is not in its sentence or has no speaker. */
    private Span reportedAround(Passage p, CueAt cue, Marked m) {
        Sentence s = cue.sentence();
        if (cue.speakerHead() < 0 || cue.first() != cue.last() || !s.span().contains(m.whole())) {
            return null;
        }
        if (cue.span().end() > m.open()) {
            return statedBefore(p, cue, m);
        }
        List<Token> toks = s.tokens();
        int from = cue.first() + 1;
        boolean telling = lists.telling().contains(toks.get(cue.first()).lemma().toLowerCase(Locale.ROOT));
        for (Dependency d : s.children(cue.first())) {
            if (telling && (d.baseRelation().equals("obj") || d.baseRelation().equals("iobj")) && d.dependent() > cue.first()
                    && toks.get(d.dependent()).span().end() <= m.open()
                    && !lists.clausePronouns().contains(toks.get(d.dependent()).word().toLowerCase(Locale.ROOT))) {
                // the person addressed ("told supporters"), not the subject of a misparsed clause ("said it was")
                List<Integer> sub = s.subtree(d.dependent());
                from = Math.max(from, sub.get(sub.size() - 1) + 1);
            }
        }
        while (from < toks.size() && (TokenSpans.isPunct(toks.get(from)) || toks.get(from).word().equalsIgnoreCase("that"))
                && toks.get(from).span().start() < m.open()) {
            from++;
        }
        if (from >= toks.size()) {
            return null;
        }
        if (toks.get(from).span().start() >= m.open()) {
            // the quote follows the cue directly: it is the statement, unless the sentence goes on
            // with words of the same statement ("said "budget reforms" and unpaid taxes would pay")
            from = TokenSpans.firstAt(s, m.open());
            int next = TokenSpans.firstAt(s, m.end());
            if (from < 0 || next < 0 || TokenSpans.isPunct(toks.get(next))) {
                return null;
            }
        }
        int end = Math.max(m.end(), s.span().end());
        int last = toks.size() - 1;
        for (int i = from; i + 1 < toks.size(); i++) {
            // the statement ends where the sentence goes on with a clause of its own: ", but she denied ..."
            // or with a participle of the speaker's: ", engaging in what analysts call ..."
            if (toks.get(i).span().start() >= m.end() && (toks.get(i).word().equals(";")
                    || toks.get(i).word().equals(",") && (lists.clauseConjunctions().contains(toks.get(i + 1).word().toLowerCase(Locale.ROOT))
                    || toks.get(i + 1).pos().equals("VBG")))) {
                last = i - 1;
                end = Math.max(m.end(), toks.get(i).span().start());
                break;
            }
        }
        Span span = TokenSpans.range(s, from, last);
        if (span == null) {
            return null;
        }
        return new Span(Math.min(span.start(), m.open()), Math.min(Math.max(span.end(), m.end()), end));
    }

    /**
     * The statement ending with a quoted piece that its cue and speaker follow: everything before the
     * quotation. Null when the sentence has fewer than two words before it, when more than a comma
     * stands between quotation and speaker, when the words before have a cue of their own, or when the
     * quotation is a title.
     */
    private Span statedBefore(Passage p, CueAt cue, Marked m) {
        Sentence s = cue.sentence();
        String text = p.text();
        String who = s.tokens().get(cue.speakerHead()).pos();
        if (!who.startsWith("NN") && !who.equals("PRP")) {
            return null; // not a speaker: "the so-called "rebels" that would find ..."
        }
        Span speaker = Speakers.phrase(s, cue.speakerHead());
        int start = s.tokens().stream().filter(t -> !TokenSpans.isPunct(t)).mapToInt(t -> t.span().start()).findFirst().orElse(m.open());
        if (start >= m.open() || cue.span().start() < m.end() || speaker.start() < m.end()
                || WORD.matcher(text.substring(start, m.open())).results().count() < 2 || titles.isTitle(m.content().of(text))) {
            return null;
        }
        for (Token t : s.tokens()) {
            if (t.span().end() <= m.open() && t.isVerb() && lists.cues().contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return null; // "fans chanted, "Build a wall," he said": the words before have a cue of their own
            }
        }
        String gap = text.substring(m.end(), Math.min(speaker.start(), cue.span().start()));
        return gap.isBlank() || gap.strip().equals(",") ? new Span(start, m.end()) : null;
    }
}
