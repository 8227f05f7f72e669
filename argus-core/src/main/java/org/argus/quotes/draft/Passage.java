package org.argus.quotes.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.argus.grammar.Paragraphs;
import org.argus.model.Document;
import org.argus.model.Quote;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.model.Token;
import org.argus.rules.Chain;

/**
 * One document as the quote chains read and build it: its text, sentences, paragraphs and quoted
 * spans; the cues of each sentence (found once by the chains {@code quotes/chains/cue.txt} and
 * {@code cue-speaker.txt}); its speaker
 * resolution; and what the chains have made so far: the quotes, the reported statements, the quoted
 * spans a reported statement took in, and the quotation the last one continued. Mutable; one per
 * document, used by one thread.
 */
public final class Passage {
    /**
     * The longest stretch between two pieces of one quotation: "A," she said at a dinner in the
     * capital, where her rival also spoke. "B." still runs on (the paragraph and the absence of a cue
     * of B's own say so, not the distance).
     */
    public static final int GAP_CHARS = 300;

    private final Document doc;
    private final String text;
    private final List<Sentence> sentences;
    private final List<Span> paragraphs;
    private final List<Marked> marked;
    private final Chain<SentenceCues> cueChain;
    private final Chain<CueDraft> speakerChain;
    private final Speakers speakers;
    private final List<List<CueAt>> quoteCues;
    private final List<List<CueAt>> reportingCues;

    private final List<QuoteDraft> quotes = new ArrayList<>();
    private final List<QuoteDraft> reported = new ArrayList<>();
    private final List<Span> consumed = new ArrayList<>();
    private QuoteDraft previous;
    private CueAt previousCue;
    private Marked previousMarked;

    /**
     * {@code doc} (annotated) read with the cue chain {@code cues} and the cue-speaker chain
     * {@code cueSpeakers}, its pronoun speakers resolved with {@code pronouns}.
     */
    public Passage(Document doc, Chain<SentenceCues> cues, Chain<CueDraft> cueSpeakers, Speakers.Pronouns pronouns) {
        this.doc = doc;
        this.text = doc.text();
        this.sentences = doc.annotation().sentences();
        this.paragraphs = Paragraphs.of(text);
        this.marked = QuotationMarks.find(text, paragraphs);
        this.cueChain = cues;
        this.speakerChain = cueSpeakers;
        this.speakers = new Speakers(doc, pronouns);
        this.quoteCues = new ArrayList<>(java.util.Collections.nCopies(sentences.size(), null));
        this.reportingCues = new ArrayList<>(java.util.Collections.nCopies(sentences.size(), null));
    }

    public Document document() {
        return doc;
    }

    public String text() {
        return text;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<Span> paragraphs() {
        return paragraphs;
    }

    public List<Marked> marked() {
        return marked;
    }

    public Speakers speakers() {
        return speakers;
    }

    // ---- where things are

    /**
     * Whether {@code s} lies inside a quotation (marks included). The quotations are in text order and
     * do not overlap, so only the last one opening at or before {@code s} (and, for an empty span at
     * its opening, the one before) can hold it.
     */
    public boolean insideMarked(Span s) {
        int lo = 0;
        int hi = marked.size() - 1;
        int last = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (marked.get(mid).open() <= s.start()) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return last >= 0 && (holds(marked.get(last), s) || last > 0 && holds(marked.get(last - 1), s));
    }

    private static boolean holds(Marked m, Span s) {
        return m.open() <= s.start() && s.end() <= m.end();
    }

    /** The paragraph holding {@code offset}, else the whole text. */
    public Span paragraphOf(int offset) {
        return Paragraphs.at(paragraphs, offset, text.length());
    }

    /** The sentences overlapping {@code s}, in order. */
    public List<Sentence> sentencesOver(Span s) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence sent : sentences) {
            if (sent.span().overlaps(s)) {
                out.add(sent);
            }
        }
        return out;
    }

    /** Whether span {@code c} lies within [from, to) and that stretch is short and within one paragraph. */
    public boolean between(int from, int to, Span c) {
        if (c.start() < from || c.end() > to) {
            return false;
        }
        String gap = text.substring(from, to);
        return gap.length() < GAP_CHARS && gap.indexOf('\n') < 0;
    }

    /** [start, end) without surrounding blanks and a final full stop; null when nothing is left. */
    public Span tokenless(int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) {
            end--;
        }
        return start < end ? new Span(start, end) : null;
    }

    /** The number of words (runs of letters and digits) of {@code s}. */
    public static int wordCount(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    // ---- cues

    /** The cues of {@code s} outside quotation marks that attribute quotations: cue verbs and "according to". */
    public List<CueAt> cues(Sentence s) {
        findCues(s);
        return quoteCues.get(s.index());
    }

    /** The cues of {@code s} that may report a statement: those of {@link #cues}, then the stance verbs. */
    public List<CueAt> reportingCues(Sentence s) {
        findCues(s);
        return reportingCues.get(s.index());
    }

    private void findCues(Sentence s) {
        if (s.index() < 0 || s.index() >= sentences.size() || sentences.get(s.index()) != s) {
            throw new IllegalArgumentException("sentence " + s.index() + " is not one of the document's");
        }
        if (quoteCues.get(s.index()) != null) {
            return;
        }
        SentenceCues found = new SentenceCues(this, s);
        cueChain.run(found, new ArrayList<>());
        List<CueAt> speech = new ArrayList<>();
        List<CueAt> stance = new ArrayList<>();
        for (int i = 0; i < s.tokens().size(); i++) {
            CueAt.Kind kind = found.kind(i);
            if (kind != null) {
                List<String> trace = new ArrayList<>(List.of(found.by(i)));
                CueAt c = speakerOf(new CueDraft(this, s, i, found.last(i), kind), trace);
                (kind == CueAt.Kind.STANCE ? stance : speech).add(c);
            }
        }
        List<CueAt> all = new ArrayList<>(speech);
        all.addAll(stance);
        quoteCues.set(s.index(), List.copyOf(speech));
        reportingCues.set(s.index(), List.copyOf(all));
    }

    /** Token {@code first} of {@code s} as a cue of {@code kind} (a naming verb, a colon), with the speaker the cue-speaker chain finds. */
    public CueAt cue(Sentence s, int first, CueAt.Kind kind) {
        return speakerOf(new CueDraft(this, s, first, first, kind), new ArrayList<>());
    }

    private CueAt speakerOf(CueDraft d, List<String> trace) {
        speakerChain.run(d, trace);
        return d.result(trace);
    }

    // ---- what the chains make

    /**
     * A new quote over {@code span} attributed through {@code cue} (null for none), its speaker found
     * from the cue for a quote starting at {@code from}; its trace starts with the units that found the cue.
     */
    public QuoteDraft quote(Span span, Quote.Kind kind, CueAt cue, int from) {
        QuoteDraft q = new QuoteDraft(span.of(text), span, kind, cue == null ? null : speakers.of(cue, from),
                cue == null ? null : cue.asCue(text));
        if (cue != null) {
            q.trace().addAll(cue.trace());
        }
        return q;
    }

    /** The quotes made so far from quotations, then (once the quotation chain is done) all of them. Live. */
    public List<QuoteDraft> quotes() {
        return quotes;
    }

    /** The reported statements made so far. Live. */
    public List<QuoteDraft> reported() {
        return reported;
    }

    /** The quoted words reported statements took in: those quotations make no quote of their own. Live. */
    public List<Span> consumed() {
        return consumed;
    }

    /** Adds {@code q}, made from quotation {@code m} and attributed through {@code cue}: the next quotation may continue it. */
    public void add(QuoteDraft q, CueAt cue, Marked m) {
        quotes.add(q);
        previous = q;
        previousCue = cue;
        previousMarked = m;
    }

    /** Adds a transcript turn: no quotation continues it. */
    public void addTurn(QuoteDraft q) {
        quotes.add(q);
        previous = null;
    }

    /** Joins quotation {@code m} to the quote the last quotation made or continued. */
    public void continuePrevious(Marked m) {
        previous.join(m, text);
        previousMarked = m;
    }

    /** The quote the last quotation made or continued (null when none, or after a transcript turn). */
    public QuoteDraft previous() {
        return previous;
    }

    /** The cue of the last quotation that made a quote (null when it had none). */
    public CueAt previousCue() {
        return previousCue;
    }

    /** The last quotation that made or continued a quote. */
    public Marked previousMarked() {
        return previousMarked;
    }
}
