package org.argus.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.Set;
import java.util.regex.Matcher;
import org.argus.model.Actor;
import org.argus.model.ActorRef;
import org.argus.model.ActorType;
import org.argus.model.Dependency;
import org.argus.model.Document;
import org.argus.model.Mention;
import org.argus.model.Quote;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.model.Token;
import org.argus.pipeline.Layer;
import org.argus.pipeline.Stage;

/**
 * Finds direct quotes (text in double quotation marks) and indirect, reported statements, each with
 * its cue and speaker. Stateless and thread-safe.
 *
 * <p><b>Direct quotes.</b> Straight ({@code "}) and curly ({@code “ ”}) marks, mixed freely; a straight
 * mark opens a quote when it follows a space or a paragraph start. A paragraph (a line of text) that
 * opens a quote without closing it continues into the next paragraph when that paragraph starts with
 * an opening mark (the news convention for quotes over several paragraphs), for at most
 * {@value #MAX_PARAGRAPHS} paragraphs; otherwise the quote ends at the end of its paragraph, so an
 * unbalanced mark never swallows the rest of the text. Single quotes inside stay in the content.
 * Quoted spans of at most {@value #PARTIAL_WORDS} words (scare quotes, partial quotes) are kept only
 * when a cue in the same sentence attributes them; when that cue's reported clause contains them the
 * clause becomes one mixed quote of kind DIRECT.
 *
 * <p><b>Cue and speaker.</b> The cue is a verb from {@code cues.txt} (or "according to") outside any
 * quote: in the quote's own sentence (nearest one that has a subject), else in a short sentence right
 * after it ("..., he said."), else a preceding sentence ending with ':'. A quote-only sentence that
 * directly follows an attributed quote in the same paragraph ("A," she said. "B."), or a quotation
 * the cue interrupts ("A," she said, "B."), is merged with it, and so is a paragraph that is nothing
 * but a closed quotation right after the paragraph that ends with an attributed quotation (the speaker
 * goes on talking): the merged quote's span covers the parts and its text is the parts joined by one
 * space. The speaker
 * is the cue's {@code nsubj} (climbing through conj/advcl/xcomp), expanded to its noun phrase (det,
 * compound, flat, amod, possessive). It is resolved with {@link Document#actorAt}; a pronoun
 * (he/she, they/it) resolves to the latest actor of fitting type (PERSON; ORGANIZATION, GROUP, COUNTRY)
 * mentioned before it; a common-noun phrase ("the ministry", "the spokesman") resolves to the nearest
 * preceding actor whose name or role contains the noun. Otherwise the reference has the phrase as name
 * and no actor id.
 *
 * <p><b>Labelled statements.</b> A line "NAME: words" whose label is a person or organisation the
 * article names (a headline, a transcript), and a quotation that opens with such a label or one in
 * capitals ("PENCE: Well, ..."), are of kind LABELLED, the label being the speaker and ":" the cue. A
 * quotation running over paragraphs stops before a paragraph that opens a new speaker's turn, so a
 * transcript quoted paragraph by paragraph is never one speaker's quote.
 *
 * <p><b>Indirect quotes.</b> A cue verb with a subject and a clausal complement ("X said (that) ...",
 * "X told reporters ..."), a cue clause attached as parataxis ("The talks failed, he said.") and
 * "according to X, ...". Cues inside a direct quote and clauses mostly covered by a direct quote are
 * skipped.
 */
public final class QuoteStage implements Stage {
    static final int MAX_PARAGRAPHS = 3;
    static final int PARTIAL_WORDS = 3;
    private static final Set<String> CUES = loadCues("cues.txt");
    /** Most words of a "Speaker:" label at the head of a line. */
    static final int LABEL_WORDS = 4;
    /** A line opening with a capitalised label and a colon: "Rubio: I still believe ...". */
    private static final java.util.regex.Pattern LABEL_LINE = java.util.regex.Pattern.compile(
            "(?m)^[ \\t]*(\\p{Lu}[^:\\n]{0,40}?):[ \\t]+(\\S[^\\n]*)$");
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");
    /** Predicates whose object or infinitive is the content (see {@code stance.txt}). */
    private static final Set<String> STANCE = loadCues("stance.txt");
    /** Stance predicates whose demand follows "for" ("called for a recount"; not "spoke for an hour"). */
    private static final Set<String> FOR_VERBS = Set.of("call", "push", "press", "ask", "vote", "appeal", "argue", "praise",
            "blame", "criticize", "criticise", "thank", "apologize", "apologise");
    /** Stance predicates whose content may follow "on" or "to" ("focused on", "commented on", "referred to"). */
    private static final Set<String> ABOUT_VERBS = Set.of("focus", "comment", "refer");
    /** Stance predicates whose object is the person addressed: content only with an infinitive. */
    private static final Set<String> ADDRESSEE_OBJECT = Set.of("ask", "urge", "encourage", "warn", "assure", "caution", "press",
            "push", "call");
    /** Speech verbs whose object is the person told ("told supporters she will ..."), not the statement. */
    private static final Set<String> TELLING = java.util.stream.Stream.concat(ADDRESSEE_OBJECT.stream(), java.util.stream.Stream.of(
            "tell", "reassure", "remind", "inform", "notify", "advise", "promise", "brief", "instruct", "order", "persuade",
            "convince")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Objects that carry no content of their own. */
    private static final Set<String> EMPTY_OBJECTS = Set.of("it", "this", "that", "them", "him", "her", "these", "those", "so",
            "something", "anything", "nothing", "everything");
    private static final Set<String> NP_RELATIONS = Set.of("det", "compound", "flat", "amod", "nmod:poss", "case",
            "nummod", "compound:prt");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "them", "it");

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TEXT, Layer.SENTENCES, Layer.TOKENS, Layer.DEPENDENCIES, Layer.ACTORS);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.QUOTES);
    }

    /** The cue lemmas, as loaded from the resource. */
    public static Set<String> cueLemmas() {
        return CUES;
    }

    @Override
    public Document apply(Document document) {
        if (document.annotation() == null) {
            return document.withQuotes(List.of());
        }
        List<Quote> quotes = new ArrayList<>();
        for (Quote q : new Run(document).quotes()) {
            if (!(q.kind() == Quote.Kind.DIRECT && isTitle(q.text()))) {
                quotes.add(q);
            }
        }
        return document.withQuotes(quotes);
    }

    /** Small words a title may keep in lower case ("Face the Nation", "Meet the Press"). */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "in", "on", "to", "for", "at", "with");

    /**
     * Whether quoted words are the name of something (a show, a paper, a book, a nickname: "Fox News
     * Sunday", "Morning Joe") rather than words someone said: at most six words, every word but the
     * small ones capitalised, and no sentence inside.
     */
    static boolean isTitle(String text) {
        String t = text.strip().replaceAll("[,.;:!?]+$", "");
        if (t.isEmpty() || t.contains(". ")) {
            return false;
        }
        String[] words = t.split("\\s+");
        if (words.length > 6) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean capital = Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0));
            if (!capital && (i == 0 || !TITLE_SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> loadCues(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = QuoteStage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/argus/quotes/" + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }

    // ------------------------------------------------------------------------------------------
    // quotation marks

    /** A quoted span: marks at {@code open} and {@code close} (close = -1 when unclosed). */
    record Marked(int open, int close, Span content, int paragraph) {
        int end() {
            return close >= 0 ? close + 1 : content.end();
        }

        Span whole() {
            return new Span(open, end());
        }
    }

    static boolean isOpening(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u201C' || c == '\u201E' || c == '\u00AB') {
            return true;
        }
        if (c == '\u201D') {
            // a closing mark that opens a paragraph and a word is one typed the wrong way round, as
            // scraped and pasted text has them: ”We will stay,” she said.
            int line = i;
            while (line > 0 && text.charAt(line - 1) != '\n' && Character.isWhitespace(text.charAt(line - 1))) {
                line--;
            }
            return (line == 0 || text.charAt(line - 1) == '\n') && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        }
        if (c != '"') {
            return false;
        }
        char before = i == 0 ? '\n' : text.charAt(i - 1);
        char after = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
        return (Character.isWhitespace(before) || "([{\u2014\u2013-/".indexOf(before) >= 0) && !Character.isWhitespace(after);
    }

    static boolean isClosing(char c) {
        return c == '\u201D' || c == '"' || c == '\u00BB' || c == '\u201F';
    }

    /** Paragraphs: maximal runs of non-newline characters that are not blank, as [start, end). */
    static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            int s = i;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Span(s, e));
            }
            i = end + 1;
        }
        return out;
    }

    /** Every quoted span of the text, in order. */
    static List<Marked> findMarked(String text) {
        List<Span> paras = paragraphs(text);
        List<Marked> out = new ArrayList<>();
        for (int p = 0; p < paras.size(); p++) {
            int pos = paras.get(p).start();
            while (pos < paras.get(p).end()) {
                if (!isOpening(text, pos)) {
                    pos++;
                    continue;
                }
                int open = pos;
                int cur = p;
                int j = pos + 1;
                int close = -1;
                int end;
                while (true) {
                    if (j >= paras.get(cur).end()) {
                        if (cur - p + 1 < MAX_PARAGRAPHS && cur + 1 < paras.size()
                                && isOpening(text, paras.get(cur + 1).start()) && !opensATurn(text, paras.get(cur + 1).start() + 1)) {
                            cur++;
                            j = paras.get(cur).start() + 1;
                            continue;
                        }
                        end = paras.get(cur).end();
                        break;
                    }
                    char c = text.charAt(j);
                    if (c == '\u201C' || c == '\u201E') {
                        // a second opening mark before any closing one: the first quote is unbalanced
                        end = j;
                        break;
                    }
                    if (isClosing(c)) {
                        close = j;
                        end = j;
                        break;
                    }
                    j++;
                }
                Span content = trim(text, open + 1, end);
                if (content.length() > 0) {
                    out.add(new Marked(open, close, content, p));
                }
                if (cur != p) {
                    p = cur;
                }
                pos = close >= 0 ? close + 1 : end;
                if (close < 0 && end < paras.get(p).end() && text.charAt(end) == '\u201C') {
                    pos = end;
                }
            }
        }
        return out;
    }

    /** A transcript turn's label in capitals at the head of a line or quotation: "WALLACE: ", "Q: ". */
    private static final java.util.regex.Pattern TURN_LABEL = java.util.regex.Pattern.compile(
            "[ \\t]*(\\p{Lu}[\\p{Lu}\\p{M}.'\u2019-]*(?: \\p{Lu}[\\p{Lu}\\p{M}.'\u2019-]*){0,3}):[ \\t]+\\S");

    /** Whether a new speaker's turn in capitals ("PENCE: ...") starts at {@code at}: a quotation never runs into it. */
    static boolean opensATurn(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        Matcher m = TURN_LABEL.matcher(text).region(at, text.length());
        return m.lookingAt() && !m.group(1).equals("I");
    }

    static Span trim(String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }

    static int wordCount(String s) {
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

    // ------------------------------------------------------------------------------------------
    // one document

    /** A cue token found in a sentence, with the speaker head it governs (or -1). */
    record CueAt(Sentence sentence, int first, int last, int speakerHead) {
        Span span() {
            return new Span(sentence.tokens().get(first).span().start(), sentence.tokens().get(last).span().end());
        }
    }

    private static final class Run {
        private final Document doc;
        private final String text;
        private final List<Sentence> sentences;
        private final List<Marked> marked;
        private final List<Span> paragraphs;

        Run(Document doc) {
            this.doc = doc;
            this.text = doc.text();
            this.paragraphs = paragraphs(text);
            this.sentences = doc.annotation().sentences();
            this.marked = findMarked(text);
        }

        List<Quote> quotes() {
            List<Quote> out = new ArrayList<>();
            List<Span> consumedPartials = new ArrayList<>();
            List<Quote> indirect = indirectQuotes(consumedPartials);
            // direct quotes
            Quote previous = null;
            CueAt previousCue = null;
            Marked previousMarked = null;
            for (Marked m : marked) {
                if (out.stream().anyMatch(o -> o.kind() == Quote.Kind.DIRECT && o.span().contains(m.content()))) {
                    continue; // already inside a mixed quote ("called him a "liar" and a "fraud"")
                }
                if (nickname(m)) {
                    continue; // Marcia "Cia" Price: part of a name, not a quotation
                }
                boolean partial = wordCount(m.content().of(text)) <= PARTIAL_WORDS;
                if (partial && consumedPartials.stream().anyMatch(s -> s.contains(m.content()))) {
                    continue;
                }
                if (!partial && consumedPartials.stream().anyMatch(s -> s.contains(m.content()))) {
                    continue;
                }
                Quote turn = transcriptTurn(m);
                if (turn != null) {
                    // "PENCE: Well, ..." inside quotation marks: a transcript turn, its label the speaker
                    out.add(turn);
                    previous = null;
                    continue;
                }
                CueAt cue = cueInOwnSentences(m);
                if (cue != null && previous != null && previousCue != null && cue.sentence() == previousCue.sentence()
                        && cue.first() == previousCue.first() && previousMarked.paragraph() == m.paragraph()
                        && between(previousMarked.end(), m.open(), previousCue.span()) && previous.kind() == Quote.Kind.DIRECT
                        && previous.span().end() <= m.open()) {
                    // "A," he said, "B." -> one quote: a quotation the cue interrupts
                    Quote merged = joined(previous, m);
                    out.set(out.size() - 1, merged);
                    previous = merged;
                    previousMarked = m;
                    continue;
                }
                int goesOn = cue == null || fragment(m) ? indirect.indexOf(continued(indirect, m)) : -1;
                if (goesOn >= 0) {
                    // The summit achieved "too little," he said. "B." -> one quote: B goes on with the
                    // statement the cue reports around a quotation
                    indirect.set(goesOn, joined(indirect.get(goesOn), m));
                    continue;
                }
                Named named = partial || fragment(m) ? naming(m) : null;
                if (named != null && out.stream().noneMatch(o -> o.span().overlaps(named.span()))) {
                    // "Clinton called half of his supporters "deplorables"": who is named so, and the name, are the quote
                    Quote q = new Quote(named.span().of(text), named.span(), Quote.Kind.DIRECT,
                            speaker(named.cue(), named.span().start()), cueOf(named.cue()));
                    indirect.removeIf(o -> o.span().overlaps(named.span()));
                    out.add(q);
                    previous = q;
                    previousCue = named.cue();
                    previousMarked = m;
                    continue;
                }
                if (partial) {
                    if (cue == null) {
                        continue;
                    }
                } else if (cue == null) {
                    // "A," she said. "B."  -> one quote
                    boolean sameParagraph = previous != null && previousCue != null && previousMarked.paragraph() == m.paragraph()
                            && between(previousMarked.end(), m.open(), previousCue.span());
                    if (!sameParagraph) {
                        cue = cueInNeighbours(m);
                    }
                    // or "A," she said. || "B.": a paragraph that is only a quotation continues the
                    // attributed quotation that ends the paragraph before it
                    if (sameParagraph || cue == null && runsOn(previous, previousCue, previousMarked, m)) {
                        Quote merged = joined(previous, m);
                        out.set(out.size() - 1, merged);
                        previous = merged;
                        previousMarked = m;
                        continue;
                    }
                }
                Span mixed = (partial || fragment(m)) && cue != null ? reportedAround(cue, m) : null;
                if (mixed != null) {
                    // a partial quote inside what the cue reports: the whole statement is the quote
                    Quote q = new Quote(mixed.of(text), mixed, Quote.Kind.DIRECT, speaker(cue, mixed.start()), cueOf(cue));
                    Span cueSpan = cue.span();
                    // the same cue's reported clause without the quoted piece gives way to the whole statement
                    Predicate<Quote> sameStatement = o -> o.kind() == Quote.Kind.INDIRECT && o.cue() != null
                            && o.cue().span().equals(cueSpan) && mixed.contains(o.span());
                    if (out.stream().noneMatch(o -> o.span().overlaps(mixed))
                            && indirect.stream().noneMatch(o -> o.span().overlaps(mixed) && !sameStatement.test(o))) {
                        indirect.removeIf(sameStatement);
                        out.add(q);
                        previous = q;
                        previousCue = cue;
                        previousMarked = m;
                        continue;
                    }
                }
                Quote q = new Quote(m.content().of(text), m.content(), Quote.Kind.DIRECT,
                        cue == null ? null : speaker(cue, m.open()), cue == null ? null : cueOf(cue));
                out.add(q);
                // a merge partner must have its cue in its own sentence, between the two quotes
                previous = q;
                previousCue = cue;
                previousMarked = m;
            }
            out.addAll(indirect);
            labelled(out);
            // a statement inside another one's reported words ("she would defend the treaty" inside
            // what Petrova told supporters, "felt that ..." inside what she said) is part of it, not a
            // second attribution
            // a quote whose words hold its own cue ("Ruiz said she felt ...") is a misreading when
            // another quote covers those words
            out.removeIf(q -> q.cue() != null && q.span().contains(q.cue().span()) && out.stream().anyMatch(o -> o != q
                    && o.span().overlaps(q.span())));
            out.removeIf(q -> q.cue() != null && out.stream().anyMatch(o -> o != q
                    && o.span().contains(q.span()) && o.span().contains(q.cue().span())));
            out.sort(Comparator.comparing(Quote::span));
            for (int i = 0; i < out.size(); i++) {
                Quote q = out.get(i);
                if (q.kind() == Quote.Kind.DIRECT && q.speaker() == null) {
                    ActorRef guess = uncuedSpeaker(q, i == 0 ? null : out.get(i - 1));
                    if (guess != null) {
                        out.set(i, new Quote(q.text(), q.span(), q.kind(), guess, q.cue()));
                    }
                }
            }
            return out;
        }

        /**
         * The speaker of a quotation no cue attributes, as news paragraphs give it: the person named
         * nearest before it in its paragraph (outside quotation marks), else after it there; else the
         * speaker of the quotation just before it in the previous paragraph (quotes running on over
         * paragraphs); else the last person named in the previous paragraph. Null when none is.
         */
        private ActorRef uncuedSpeaker(Quote q, Quote previous) {
            Span para = paragraphOf(q.span().start());
            ActorRef named = personMention(new Span(para.start(), q.span().start()), true);
            if (named == null) {
                // a quote may run on over paragraphs: then nothing of its paragraph follows it
                named = personMention(new Span(q.span().end(), Math.max(q.span().end(), para.end())), false);
            }
            if (named != null || para.start() == 0) {
                return named;
            }
            Span prev = paragraphOf(para.start() - 1);
            if (previous != null && previous.speaker() != null && prev.contains(previous.span()) && previous.kind() == Quote.Kind.DIRECT) {
                return previous.speaker();
            }
            return personMention(prev, true);
        }

        /**
         * The person mentioned in {@code range} outside quotation marks, the last one when {@code last}
         * else the first, as a reference with the mention's own words; null when none is.
         */
        private ActorRef personMention(Span range, boolean last) {
            Mention best = null;
            Actor bestActor = null;
            for (Actor a : doc.actors()) {
                if (a.type() != ActorType.PERSON) {
                    continue;
                }
                for (Mention m : a.mentions()) {
                    if (range.contains(m.span()) && !insideMarked(m.span()) && (best == null
                            || (last ? m.span().start() > best.span().start() : m.span().start() < best.span().start()))) {
                        best = m;
                        bestActor = a;
                    }
                }
            }
            return best == null ? null : ref(bestActor, best.span());
        }

        /**
         * Statements a line gives as "Speaker: what they said", the convention of headlines and
         * sub-headings ("Sanders: Endorsements prove Clinton is the establishment's candidate"): the
         * label must be a person or organisation the actor stage found, of at most
         * {@value #LABEL_WORDS} words, and what follows runs to the end of its sentence or line. A
         * quotation there that has no speaker yet gets the label as its speaker instead.
         */
        /**
         * The quotation as a transcript turn when its words open with a speaker's label: capitals
         * ("WALLACE: ...") or the name of a person or organisation the article names ("Chris Matthews: ...").
         * The content is what follows the label; null when there is no such label.
         */
        private Quote transcriptTurn(Marked m) {
            Span c = m.content();
            Matcher lm = LABEL_LINE.matcher(text).region(c.start(), c.end());
            lm.useAnchoringBounds(true);
            if (!lm.lookingAt() || lm.start(1) != c.start()) {
                return null;
            }
            Span label = new Span(lm.start(1), lm.end(1));
            if (wordCount(label.of(text)) > LABEL_WORDS) {
                return null;
            }
            Actor a = speakerAt(label);
            if (a == null && !opensATurn(text, label.start())) {
                return null;
            }
            Span content = tokenless(lm.start(2), c.end());
            if (content == null || wordCount(content.of(text)) < 3) {
                return null;
            }
            ActorRef speaker = a != null ? ref(a, label) : new ActorRef(label.of(text), null, null, null, label);
            return new Quote(content.of(text), content, Quote.Kind.LABELLED, speaker, new Quote.Cue(":", new Span(label.end(), label.end() + 1)));
        }

        /** The person or organisation whose mention makes up (most of) a label, or null. */
        private Actor speakerAt(Span label) {
            Actor a = doc.actorAt(label);
            if (a == null || a.type() != ActorType.PERSON && a.type() != ActorType.ORGANIZATION
                    || a.mentions().stream().noneMatch(x -> x.span().start() >= label.start() && x.span().end() <= label.end()
                    && x.span().length() * 2 >= label.length())) {
                return null;
            }
            return a;
        }

        private void labelled(List<Quote> out) {
            java.util.regex.Matcher m = LABEL_LINE.matcher(text);
            while (m.find()) {
                Span label = new Span(m.start(1), m.end(1));
                if (wordCount(label.of(text)) > LABEL_WORDS) {
                    continue;
                }
                Actor a = speakerAt(label);
                if (a == null) {
                    continue;
                }
                int start = m.start(2);
                int end = m.end(2);
                for (Sentence sent : sentences) {
                    if (sent.span().start() <= start && start < sent.span().end()) {
                        end = Math.min(end, sent.span().end());
                    }
                }
                Span content = tokenless(start, end);
                if (content == null || wordCount(content.of(text)) < 3) {
                    continue;
                }
                ActorRef speaker = ref(a, label);
                Quote.Cue cue = new Quote.Cue(":", new Span(m.end(1), m.end(1) + 1));
                boolean taken = false;
                for (int i = 0; i < out.size(); i++) {
                    Quote q = out.get(i);
                    if (q.span().overlaps(content)) {
                        taken = true;
                        if (q.speaker() == null) {
                            out.set(i, new Quote(q.text(), q.span(), q.kind(), speaker, cue));
                        }
                    }
                }
                if (!taken) {
                    out.add(new Quote(content.of(text), content, Quote.Kind.LABELLED, speaker, cue));
                }
            }
        }

        /** [start, end) without surrounding spaces and a final full stop; null when empty. */
        private Span tokenless(int start, int end) {
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) {
                end--;
            }
            return start < end ? new Span(start, end) : null;
        }

        /** A naming verb's quote: the verb as cue, the named and the quoted name as the span. */
        private record Named(CueAt cue, Span span) {
        }

        /** Verbs that give someone or something a name or label, the label being the quoted words. */
        private static final Set<String> NAMING_VERBS = Set.of("call", "label", "brand", "dub", "describe", "deride", "denounce",
                "characterize", "characterise", "term", "praise", "hail", "slam", "blast", "condemn", "mock");

        /**
         * A short quotation that is the name a naming verb gives its object: "called the senator a
         * "nasty guy"", "described the plan as "reckless"", "slammed the media for being "dishonest"".
         * The quote runs from the object to the closing mark; the verb's subject is the speaker. Null
         * when the quotation is not such a complement, or the verb has no subject or object before it.
         */
        private Named naming(Marked m) {
            for (Sentence s : sentences) {
                if (!s.span().contains(m.whole())) {
                    continue;
                }
                for (Token t : s.tokens()) {
                    Dependency up = s.parentOf(t.index());
                    if (!m.content().contains(t.span()) || up == null || up.governor() < 0
                            || m.content().contains(s.tokens().get(up.governor()).span())) {
                        continue; // not the head of the quoted words
                    }
                    String rel = up.relation();
                    if (rel.equals("cop") || rel.equals("mark")) {
                        continue;
                    }
                    Dependency above = s.parentOf(up.governor());
                    // "called the statement "offensive and outlandish"", the quote read as a dependent of
                    // the object: it is the verb's complement all the same
                    boolean onObject = !s.tokens().get(up.governor()).isVerb() && above != null && above.governor() >= 0
                            && above.relation().equals("obj") && up.governor() < t.index() && !rel.startsWith("nmod") && !rel.startsWith("acl");
                    int verb = onObject ? above.governor() : up.governor();
                    if (onObject) {
                        rel = "xcomp";
                    }
                    Token v = s.tokens().get(verb);
                    boolean complement = rel.equals("xcomp") || rel.equals("obl:as") || rel.equals("obl:for") || rel.equals("advcl:for")
                            || rel.equals("obj") || rel.equals("ccomp");
                    if (!v.isVerb() || !NAMING_VERBS.contains(v.lemma().toLowerCase(Locale.ROOT)) || !complement) {
                        return null;
                    }
                    if (s.children(verb).stream().anyMatch(d -> d.relation().equals("compound:prt")
                            || (d.relation().equals("obl:on") || d.relation().equals("obl:upon")) && d.dependent() > verb
                            || d.relation().equals("xcomp") && d.dependent() != t.index())) {
                        return null; // "called on the council to end ...", "called for": a request, not a name
                    }
                    // who is named: the verb's object, or the subject of the small clause ("called Clinton a
                    // "champion"") - every word between the verb and the quote must belong to it
                    java.util.Set<Integer> named = new java.util.HashSet<>(s.subtree(t.index()));
                    int subject = -1;
                    for (Dependency d : s.children(verb)) {
                        if (d.relation().equals("obj") && d.dependent() != t.index()) {
                            named.addAll(s.subtree(d.dependent()));
                        } else if (d.relation().equals("nsubj")) {
                            subject = d.dependent();
                        }
                    }
                    if (subject < 0) {
                        subject = participleSubject(s, verb); // "went after Bush, calling him a "stiff""
                    }
                    int first = verb + 1;
                    while (first < s.tokens().size() && isPunct(s.tokens().get(first))) {
                        first++;
                    }
                    boolean any = false;
                    for (int i = first; i < s.tokens().size() && s.tokens().get(i).span().end() <= m.open(); i++) {
                        if (!named.contains(i)) {
                            return null;
                        }
                        any = true;
                    }
                    if (!any || subject < 0) {
                        return null;
                    }
                    int end = m.end();
                    // "a "nasty guy," an "anchor baby," "unstable" and "sick"": the names run on
                    for (Marked next : marked) {
                        if (next.open() >= end && next.end() <= s.span().end()
                                && text.substring(end, next.open()).matches("[\\s,;]*((and|or|an?|the)\\s+)*")) {
                            end = next.end();
                        }
                    }
                    return new Named(new CueAt(s, verb, verb, subject), new Span(s.tokens().get(first).span().start(), end));
                }
                return null;
            }
            return null;
        }

        /**
         * The subject of the clause a subjectless participle or conjunct verb hangs on ("Trump went
         * after Bush, calling him ...", "took the stage and called ..."): a noun or pronoun, else -1.
         */
        private static int participleSubject(Sentence s, int verb) {
            Dependency up = s.parentOf(verb);
            if (up == null || up.governor() < 0 || !Set.of("dep", "advcl", "conj", "xcomp").contains(up.baseRelation())) {
                return -1;
            }
            for (Dependency d : s.children(up.governor())) {
                if (d.relation().equals("nsubj") && (s.tokens().get(d.dependent()).isNoun()
                        || s.tokens().get(d.dependent()).pos().startsWith("PRP"))) {
                    return d.dependent();
                }
            }
            return -1;
        }

        private static final java.util.regex.Pattern NAME_BEFORE = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}+\\s+$");
        private static final java.util.regex.Pattern NAME_AFTER = java.util.regex.Pattern.compile("^\\s+\\p{Lu}\\p{L}+");
        private static final java.util.regex.Pattern NICKNAME = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}.'-]*");

        /** A one-word capitalised quotation between a first name and a surname: Marcia "Cia" Price. */
        private boolean nickname(Marked m) {
            return m.close() >= 0 && NICKNAME.matcher(m.content().of(text)).matches()
                    && NAME_BEFORE.matcher(text.substring(Math.max(0, m.open() - 40), m.open())).find()
                    && NAME_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40))).find();
        }

        /** A quotation that starts in lower case: a piece of a sentence, not a sentence ("wants to "take America backward""). */
        private boolean fragment(Marked m) {
            String c = m.content().of(text).strip();
            return !c.isEmpty() && Character.isLowerCase(c.charAt(0));
        }

        /**
         * The statement a cue verb reports around a partial quote of its sentence, when the parse gives
         * it no clause: from the word after the cue (and after the person addressed, "told supporters")
         * to the end of the quote's sentence ("Clinton told supporters she will protect the law while
         * Trump wants to "take America backward.""). Null when the cue is not before the quote in the
         * same sentence or has no speaker.
         */
        private static final Set<String> CLAUSE_PRONOUNS = Set.of("it", "this", "that", "there");
        private static final Set<String> CLAUSE_CONJUNCTIONS = Set.of("but", "and", "while", "although", "though", "whereas", "yet");

        private Span reportedAround(CueAt cue, Marked m) {
            Sentence s = cue.sentence();
            if (cue.speakerHead() < 0 || cue.first() != cue.last() || !s.span().contains(m.whole())) {
                return null;
            }
            if (cue.span().end() > m.open()) {
                return statedBefore(cue, m);
            }
            List<Token> toks = s.tokens();
            int from = cue.first() + 1;
            boolean telling = TELLING.contains(toks.get(cue.first()).lemma().toLowerCase(Locale.ROOT));
            for (Dependency d : s.children(cue.first())) {
                if (telling && (d.baseRelation().equals("obj") || d.baseRelation().equals("iobj")) && d.dependent() > cue.first()
                        && s.tokens().get(d.dependent()).span().end() <= m.open()
                        && !CLAUSE_PRONOUNS.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT))) {
                    // the person addressed ("told supporters"), not the subject of a misparsed clause ("said it was")
                    List<Integer> sub = s.subtree(d.dependent());
                    from = Math.max(from, sub.get(sub.size() - 1) + 1);
                }
            }
            while (from < toks.size() && (isPunct(toks.get(from)) || toks.get(from).word().equalsIgnoreCase("that"))
                    && toks.get(from).span().start() < m.open()) {
                from++;
            }
            if (from >= toks.size()) {
                return null;
            }
            if (toks.get(from).span().start() >= m.open()) {
                // the quote follows the cue directly: it is the statement, unless the sentence goes on
                // with words of the same statement ("said "budget reforms" and unpaid taxes would pay")
                from = firstAt(s, m.open());
                int next = firstAt(s, m.end());
                if (from < 0 || next < 0 || isPunct(toks.get(next))) {
                    return null;
                }
            }
            int end = Math.max(m.end(), s.span().end());
            int last = toks.size() - 1;
            for (int i = from; i + 1 < toks.size(); i++) {
                // the statement ends where the sentence goes on with a clause of its own: ", but she denied ..."
                // or with a participle of the speaker's: ", engaging in what analysts call ..."
                if (toks.get(i).span().start() >= m.end() && (toks.get(i).word().equals(";")
                        || toks.get(i).word().equals(",") && (CLAUSE_CONJUNCTIONS.contains(toks.get(i + 1).word().toLowerCase(Locale.ROOT))
                        || toks.get(i + 1).pos().equals("VBG")))) {
                    last = i - 1;
                    end = Math.max(m.end(), toks.get(i).span().start());
                    break;
                }
            }
            Span span = tokenRange(s, from, last);
            if (span == null) {
                return null;
            }
            return new Span(Math.min(span.start(), m.open()), Math.min(Math.max(span.end(), m.end()), end));
        }

        /**
         * The statement ending with a quoted piece that its cue and speaker follow: "The talks achieved
         * "very little," the mediator said" reports everything before the speaker. Null when the
         * sentence has no words before the quote or more than the speaker stands between quote and cue.
         */
        private Span statedBefore(CueAt cue, Marked m) {
            Sentence s = cue.sentence();
            String who = s.tokens().get(cue.speakerHead()).pos();
            if (!who.startsWith("NN") && !who.equals("PRP")) {
                return null; // not a speaker: "the so-called "rebels" that would find ..."
            }
            Span speaker = phraseSpan(s, cue.speakerHead());
            int start = s.tokens().stream().filter(t -> !isPunct(t)).mapToInt(t -> t.span().start()).findFirst().orElse(m.open());
            if (start >= m.open() || cue.span().start() < m.end() || speaker.start() < m.end()
                    || WORD.matcher(text.substring(start, m.open())).results().count() < 2 || isTitle(m.content().of(text))) {
                return null;
            }
            for (Token t : s.tokens()) {
                if (t.span().end() <= m.open() && isCueVerb(t)) {
                    return null; // "fans chanted, "Build a wall," he said": the words before have a cue of their own
                }
            }
            String gap = text.substring(m.end(), Math.min(speaker.start(), cue.span().start()));
            return gap.isBlank() || gap.strip().equals(",") ? new Span(start, m.end()) : null;
        }

        /**
         * The longest attribution between two pieces of one quotation: "A," she said at a dinner in the
         * capital, where her rival also spoke. "B." still runs on (the paragraph and the absence of a cue
         * of B's own say so, not the distance).
         */
        private static final int GAP_CHARS = 300;

        /** Whether the text between two quotes holds only the cue clause (no other quote, same paragraph). */
        /**
         * Whether quotation {@code m} is a paragraph of its own, closed, that directly follows the
         * paragraph holding the attributed direct quotation {@code previous}, with no other quotation
         * between them: in news the same speaker goes on talking.
         */
        private boolean runsOn(Quote previous, CueAt previousCue, Marked previousMarked, Marked m) {
            if (previous == null || previousCue == null || previous.kind() != Quote.Kind.DIRECT
                    || previous.span().end() > m.open() || m.close() < 0) {
                return false;
            }
            int at = marked.indexOf(m);
            if (at < 1 || marked.get(at - 1) != previousMarked) {
                return false; // another quotation stands between them
            }
            for (int i = 1; i < paragraphs.size(); i++) {
                Span para = paragraphs.get(i);
                if (para.start() == m.open()) {
                    Span before = paragraphs.get(i - 1);
                    return para.end() == m.end() && before.contains(new Span(previousMarked.end() - 1, previousMarked.end()))
                            && before.contains(previousCue.span());
                }
            }
            return false;
        }

        /**
         * The reported statement holding a quotation that quotation {@code m} goes on from: a direct
         * quote ending with the quotation just before {@code m}, in its paragraph, with its cue between
         * the two; null when none.
         */
        private Quote continued(List<Quote> reported, Marked m) {
            int at = marked.indexOf(m);
            if (at < 1 || m.close() < 0) {
                return null;
            }
            Marked before = marked.get(at - 1);
            for (Quote q : reported) {
                if (q.kind() != Quote.Kind.DIRECT || q.cue() == null || !q.span().contains(before.content())) {
                    continue;
                }
                if (q.span().end() <= m.open() && text.substring(q.span().end(), m.open()).matches(" *, *")) {
                    return q; // "there are still "some people" who feel that way, "but not among the majority""
                }
                if (before.paragraph() == m.paragraph() && q.span().end() <= before.end()
                        && between(before.end(), m.open(), q.cue().span())) {
                    return q;
                }
            }
            return null;
        }

        /** {@code previous} with quotation {@code m} appended: one span over both, the texts joined by a space. */
        private Quote joined(Quote previous, Marked m) {
            return new Quote(previous.text() + " " + m.content().of(text), new Span(previous.span().start(), m.content().end()),
                    Quote.Kind.DIRECT, previous.speaker(), previous.cue());
        }

        private boolean between(int from, int to, Span c) {
            if (c.start() < from || c.end() > to) {
                return false;
            }
            String gap = text.substring(from, to);
            return gap.length() < GAP_CHARS && gap.indexOf('\n') < 0;
        }

        private Quote.Cue cueOf(CueAt c) {
            Span s = c.span();
            return new Quote.Cue(s.of(text), s);
        }

        // ---- where quotes are

        private boolean insideMarked(Span s) {
            for (Marked m : marked) {
                if (m.whole().contains(s)) {
                    return true;
                }
            }
            return false;
        }

        private List<Sentence> sentencesOver(Span s) {
            List<Sentence> out = new ArrayList<>();
            for (Sentence sent : sentences) {
                if (sent.span().overlaps(s)) {
                    out.add(sent);
                }
            }
            return out;
        }

        /** Cue tokens of a sentence outside every quote. */
        private List<CueAt> cues(Sentence s) {
            List<CueAt> out = new ArrayList<>();
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                if (insideMarked(t.span())) {
                    continue;
                }
                String lw = t.word().toLowerCase(Locale.ROOT);
                if (lw.equals("according") && i + 1 < toks.size() && toks.get(i + 1).word().equalsIgnoreCase("to")) {
                    Dependency p = s.parentOf(i);
                    int head = p != null && p.baseRelation().equals("case") ? p.governor() : -1;
                    if (head < 0) {
                        // "according to X": find the noun whose case child is "to"
                        Dependency p2 = s.parentOf(i + 1);
                        head = p2 != null ? p2.governor() : -1;
                        if (head == i) {
                            head = -1;
                        }
                    }
                    out.add(new CueAt(s, i, i + 1, head));
                    continue;
                }
                if (isCueVerb(t)) {
                    out.add(new CueAt(s, i, i, speakerOf(s, i)));
                }
            }
            return out;
        }

        /** A verb of the cue lexicon ("said", "warned"). */
        private static boolean isCueVerb(Token t) {
            return t.isVerb() && CUES.contains(t.lemma().toLowerCase(Locale.ROOT));
        }

        /** Stance predicates of a sentence outside every quote, with their subjects (see {@code stance.txt}). */
        private List<CueAt> stanceCues(Sentence s) {
            List<CueAt> out = new ArrayList<>();
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                if (t.isVerb() && STANCE.contains(t.lemma().toLowerCase(Locale.ROOT)) && !insideMarked(t.span())) {
                    out.add(new CueAt(s, i, i, speakerOf(s, i)));
                }
            }
            return out;
        }

        /**
         * The content a stance predicate gives through its object or infinitive: "condemned [the
         * launch]", "wants [to raise taxes]", "called on [Trump to apologise]", "called for [a
         * ceasefire]", "described [the plan as a trap]", "accused [X of Y]". Null when it has none, when the object is the
         * person addressed and no infinitive follows, or when the content is one empty word ("it").
         */
        private Span objectContent(Sentence s, CueAt c) {
            int v = c.first();
            String lemma = s.tokens().get(v).lemma().toLowerCase(Locale.ROOT);
            int obj = -1;
            int xcomp = -1;
            int forObl = -1;
            int asObl = -1;
            int infinitive = -1;
            for (Dependency d : s.children(v)) {
                String r = d.baseRelation();
                if (d.dependent() < v) {
                    continue;
                }
                if (r.equals("obj") && obj < 0) {
                    obj = d.dependent();
                } else if (r.equals("xcomp") && xcomp < 0) {
                    xcomp = d.dependent();
                } else if (r.equals("advcl") && xcomp < 0 && marked(s, d.dependent(), "to")) {
                    infinitive = d.dependent(); // "called on X to ...", the parser's advcl: counts once X is addressed
                } else if (r.equals("obl")) {
                    String kase = caseOf(s, d.dependent());
                    if ((kase.equals("for") && FOR_VERBS.contains(lemma) || kase.equals("about")
                            || ABOUT_VERBS.contains(lemma) && (kase.equals("on") || kase.equals("to")))
                            && forObl < 0) {
                        forObl = d.dependent(); // "called for X", "spoke about X", "focused on X", "referred to X"
                    } else if ((kase.equals("as") || kase.equals("of") || kase.equals("over") || kase.equals("on") && lemma.equals("blame"))
                            && asObl < 0) {
                        asObl = d.dependent(); // "described X as Y", "accused X of Y", "criticised X over Y", "blamed X on Y"
                    } else if (kase.equals("on") && obj < 0 && lemma.equals("call")) {
                        obj = d.dependent(); // "called on X to ...": X is addressed
                    }
                }
            }
            if (xcomp < 0 && infinitive >= 0 && obj >= 0 && obj < infinitive) {
                xcomp = infinitive;
            }
            if (xcomp < 0 && infinitive >= 0 && s.children(infinitive).stream().anyMatch(d -> d.baseRelation().equals("nsubj"))) {
                // "called on [both sides to respect the truce]", parsed as a clause with its own subject
                List<Integer> x = s.subtree(infinitive);
                int from = x.get(0);
                while (from < infinitive && s.parentOf(from) != null && s.parentOf(from).governor() == infinitive
                        && s.parentOf(from).baseRelation().equals("mark") && !s.tokens().get(from).word().equalsIgnoreCase("to")) {
                    from++;
                }
                return tokenRange(s, from, x.get(x.size() - 1));
            }
            int lo;
            int hi;
            if (xcomp >= 0 && (obj < 0 || obj < xcomp)) {
                List<Integer> x = s.subtree(xcomp);
                lo = obj >= 0 ? s.subtree(obj).get(0) : x.get(0);
                hi = x.get(x.size() - 1);
            } else if (obj >= 0 && !ADDRESSEE_OBJECT.contains(lemma)) {
                List<Integer> o = s.subtree(obj);
                lo = o.get(0);
                hi = o.get(o.size() - 1);
                if (asObl > obj) {
                    List<Integer> a = s.subtree(asObl);
                    hi = Math.max(hi, a.get(a.size() - 1));
                }
            } else if (forObl >= 0) {
                List<Integer> f = s.subtree(forObl);
                lo = f.get(0);
                hi = f.get(f.size() - 1);
                if (s.parentOf(lo) != null && s.parentOf(lo).baseRelation().equals("case")) {
                    lo++; // without its preposition
                }
            } else {
                return null;
            }
            if (lo > hi || lo <= v && hi >= v) {
                return null;
            }
            if (hi == lo && EMPTY_OBJECTS.contains(s.tokens().get(lo).word().toLowerCase(Locale.ROOT))) {
                return null;
            }
            return tokenRange(s, lo, beforeTrailingParticiple(s, lo, hi));
        }

        /**
         * The last token of a reported clause [lo, hi] without a participle phrase that closes it after a
         * comma: the parser hangs "..., citing her record" on the clause, but it is the speaker's act.
         */
        private static int beforeTrailingParticiple(Sentence s, int lo, int hi) {
            List<Token> toks = s.tokens();
            for (int k = lo + 1; k < hi; k++) {
                Dependency up = s.parentOf(k + 1);
                if (toks.get(k).word().equals(",") && toks.get(k + 1).pos().equals("VBG") && up != null
                        && !up.baseRelation().equals("conj")) {
                    List<Integer> phrase = s.subtree(k + 1);
                    if (phrase.get(0) == k + 1 && phrase.get(phrase.size() - 1) >= hi) {
                        return k - 1;
                    }
                }
            }
            return hi;
        }

        /** Whether clause head {@code head} has the marker {@code word} ("to" of an infinitive). */
        private static boolean marked(Sentence s, int head, String word) {
            for (Dependency d : s.children(head)) {
                if (d.baseRelation().equals("mark") && s.tokens().get(d.dependent()).word().equalsIgnoreCase(word)) {
                    return true;
                }
            }
            return false;
        }

        /** The lower-cased case marker of a nominal ("for" in "for a ceasefire"), or "". */
        private static String caseOf(Sentence s, int nominal) {
            for (Dependency d : s.children(nominal)) {
                if (d.baseRelation().equals("case")) {
                    return s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
                }
            }
            return "";
        }

        /**
         * The speaker of cue {@code i}: its subject ({@link #subject}), unless the parser took words
         * inside quotation marks for it ("My hope," he said, "is ..."; "... in panic mode. Full panic
         * mode," said Ana Ruiz): then the name or personal pronoun next to the cue outside the marks,
         * else none. What is quoted is never who said it.
         */
        private int speakerOf(Sentence s, int i) {
            int subj = subject(s, i, 0);
            List<Token> t = s.tokens();
            if (subj < 0 && i > 0 && i + 1 < t.size() && isQuoteOrComma(t.get(i - 1).word()) && !insideMarked(t.get(i + 1).span())
                    && t.get(i + 1).isProperNoun()) {
                // '..., ” said Blair.' with Blair parsed as anything but the subject: the inverted speaker
                return nameHead(s, i + 1);
            }
            if (subj < 0 || !insideMarked(t.get(subj).span())) {
                return subj;
            }
            for (int k : new int[] {i + 1, i - 1}) {
                if (k < 0 || k >= t.size() || insideMarked(t.get(k).span())) {
                    continue;
                }
                Token w = t.get(k);
                if (w.pos().equals("PRP") || w.isProperNoun()) {
                    return nameHead(s, k);
                }
            }
            return -1;
        }

        /** The head of the name token {@code k} belongs to: "James" in "said James Acton" gives "Acton". */
        private static int nameHead(Sentence s, int k) {
            List<Token> t = s.tokens();
            Dependency up = s.parentOf(k);
            while (up != null && up.governor() >= 0 && (up.baseRelation().equals("flat") || up.baseRelation().equals("compound"))
                    && t.get(up.governor()).isProperNoun()) {
                k = up.governor();
                up = s.parentOf(k);
            }
            return k;
        }

        private static boolean isQuoteOrComma(String w) {
            return w.equals(",") || w.equals("\"") || w.equals("''") || w.equals("\u201D") || w.equals("'");
        }

        /** The nsubj of token {@code i}, climbing through conj, advcl, xcomp (and dep for a participle); -1 when none. */
        private static int subject(Sentence s, int i, int depth) {
            for (Dependency d : s.children(i)) {
                if (d.relation().equals("nsubj")) {
                    return d.dependent();
                }
            }
            Dependency p = s.parentOf(i);
            if (p != null && depth < 2 && p.governor() >= 0) {
                String r = p.baseRelation();
                // a participle the parser could only hang as "dep" ("Trump attacked Clinton ..., saying")
                // goes with its clause as an advcl would
                // and an infinitive read as an oblique ("went on to say") goes with the verb it completes
                if (r.equals("conj") || r.equals("advcl") || r.equals("xcomp")
                        || r.equals("dep") && s.tokens().get(i).pos().equals("VBG")
                        || r.equals("obl") && s.tokens().get(p.governor()).isVerb() && marked(s, i, "to")) {
                    return subject(s, p.governor(), depth + 1);
                }
            }
            return -1;
        }

        private CueAt nearest(List<CueAt> cues, Span quote) {
            CueAt best = null;
            int bestDist = Integer.MAX_VALUE;
            for (int pass = 0; pass < 2 && best == null; pass++) {
                for (CueAt c : cues) {
                    if (pass == 0 && c.speakerHead() < 0) {
                        continue;
                    }
                    Span cs = c.span();
                    int d = cs.end() <= quote.start() ? quote.start() - cs.end() : Math.max(0, cs.start() - quote.end());
                    if (d < bestDist) {
                        best = c;
                        bestDist = d;
                    }
                }
            }
            return best;
        }

        private Span paragraphOf(int offset) {
            for (Span p : paragraphs) {
                if (p.start() <= offset && offset < p.end()) {
                    return p;
                }
            }
            return new Span(0, text.length());
        }

        private CueAt cueInOwnSentences(Marked m) {
            Span para = paragraphOf(m.open());
            List<CueAt> cands = new ArrayList<>();
            for (Sentence s : sentencesOver(m.whole())) {
                for (CueAt c : cues(s)) {
                    if (para.contains(c.span()) || m.whole().overlaps(s.span()) && c.span().start() >= m.open()) {
                        cands.add(c);
                    }
                }
            }
            return nearest(cands, m.whole());
        }

        private CueAt cueInNeighbours(Marked m) {
            List<Sentence> own = sentencesOver(m.whole());
            if (own.isEmpty()) {
                return null;
            }
            Sentence first = own.get(0);
            Sentence last = own.get(own.size() - 1);
            // "..." he said.   (a short sentence right after, same paragraph)
            if (last.index() + 1 < sentences.size()) {
                Sentence next = sentences.get(last.index() + 1);
                boolean sameParagraph = text.substring(m.end(), next.span().start()).indexOf('\n') < 0;
                if (sameParagraph && next.tokens().size() <= 10) {
                    CueAt c = nearest(cues(next), m.whole());
                    if (c != null && c.speakerHead() >= 0) {
                        return c;
                    }
                }
            }
            // X said:  "..."
            if (first.index() > 0) {
                Sentence prev = sentences.get(first.index() - 1);
                List<Token> pt = prev.tokens();
                if (!pt.isEmpty() && pt.get(pt.size() - 1).word().equals(":")) {
                    List<CueAt> cs = cues(prev);
                    if (!cs.isEmpty()) {
                        return cs.get(cs.size() - 1);
                    }
                    int root = prev.root();
                    int subj = root >= 0 ? subject(prev, root, 0) : -1;
                    return new CueAt(prev, pt.size() - 1, pt.size() - 1, subj);
                }
            }
            return null;
        }

        // ---- speakers

        private Span phraseSpan(Sentence s, int head) {
            int lo = head;
            int hi = head;
            List<Integer> stack = new ArrayList<>(List.of(head));
            while (!stack.isEmpty()) {
                int h = stack.remove(stack.size() - 1);
                for (Dependency d : s.children(h)) {
                    if (NP_RELATIONS.contains(d.relation()) || d.relation().startsWith("flat")
                            || d.relation().startsWith("compound")) {
                        if (d.relation().equals("case") && !s.tokens().get(d.dependent()).word().startsWith("'")) {
                            continue;
                        }
                        lo = Math.min(lo, d.dependent());
                        hi = Math.max(hi, d.dependent());
                        stack.add(d.dependent());
                    }
                }
            }
            // keep the phrase contiguous around the head
            return new Span(s.tokens().get(lo).span().start(), s.tokens().get(hi).span().end());
        }

        ActorRef speaker(CueAt cue, int quoteStart) {
            if (cue.speakerHead() < 0) {
                return null;
            }
            Sentence s = cue.sentence();
            Token head = s.tokens().get(cue.speakerHead());
            Span span = phraseSpan(s, cue.speakerHead());
            String phrase = span.of(text);
            Actor a = doc.actorAt(span);
            if (a != null) {
                return ref(a, span);
            }
            String lw = head.word().toLowerCase(Locale.ROOT);
            int before = Math.min(quoteStart, span.start());
            Dependency relcl = s.parentOf(cue.first());
            if ((head.pos().equals("WP") || head.pos().equals("WDT")) && relcl != null && relcl.governor() >= 0
                    && relcl.relation().startsWith("acl:relcl")) {
                // "the senator, who said ...": the words stay "who", the actor is the senator's
                Actor antecedent = doc.actorAt(phraseSpan(s, relcl.governor()));
                return antecedent != null ? ref(antecedent, span) : new ActorRef(phrase, null, null, null, span);
            }
            if (head.pos().startsWith("PRP")) {
                Set<ActorType> types = PERSON_PRONOUNS.contains(lw) ? EnumSet.of(ActorType.PERSON)
                        : GROUP_PRONOUNS.contains(lw)
                        ? EnumSet.of(ActorType.ORGANIZATION, ActorType.GROUP, ActorType.COUNTRY) : EnumSet.noneOf(ActorType.class);
                Actor found = latestBefore(before, types, null);
                return found != null ? ref(found, span) : new ActorRef(phrase, null, null, null, span);
            }
            if (head.isNoun() && !head.isProperNoun()) {
                // "the head of the campaign, Mike Murphy, said": the appositive names the speaker
                for (Dependency d : s.children(cue.speakerHead())) {
                    if (d.relation().equals("appos") && d.dependent() > cue.speakerHead()) {
                        Span name = phraseSpan(s, d.dependent());
                        Span whole = new Span(span.start(), Math.max(span.end(), name.end()));
                        Actor named = doc.actorAt(name);
                        return named != null ? ref(named, whole) : new ActorRef(whole.of(text), null, null, null, whole);
                    }
                }
                Actor found = latestBefore(before, EnumSet.allOf(ActorType.class), lw);
                if (found != null) {
                    return ref(found, span);
                }
            }
            return new ActorRef(phrase, null, null, null, span);
        }

        private ActorRef ref(Actor a, Span span) {
            return new ActorRef(a.name(), a.id(), a.country(), a.sector(), span);
        }

        /** The actor of one of {@code types} with the latest mention ending before {@code offset}. */
        private Actor latestBefore(int offset, Set<ActorType> types, String noun) {
            Actor best = null;
            int bestEnd = -1;
            for (Actor a : doc.actors()) {
                if (!types.contains(a.type())) {
                    continue;
                }
                if (noun != null) {
                    String n = noun.toLowerCase(Locale.ROOT);
                    String name = a.name().toLowerCase(Locale.ROOT);
                    String role = a.role() == null ? "" : a.role().toLowerCase(Locale.ROOT);
                    if (!(name.contains(n) || role.contains(n))) {
                        continue;
                    }
                }
                for (Mention m : a.mentions()) {
                    if (m.span().end() <= offset && m.span().end() > bestEnd) {
                        best = a;
                        bestEnd = m.span().end();
                    }
                }
            }
            return best;
        }

        // ---- indirect

        private List<Quote> indirectQuotes(List<Span> consumed) {
            List<Quote> out = new ArrayList<>();
            for (Sentence s : sentences) {
                List<CueAt> cues = cues(s);
                for (CueAt st : stanceCues(s)) {
                    if (cues.stream().noneMatch(c -> c.first() == st.first())) {
                        cues.add(st);
                    }
                }
                for (CueAt c : cues) {
                    Span content = indirectContent(s, c);
                    if (content == null && STANCE.contains(s.tokens().get(c.first()).lemma().toLowerCase(Locale.ROOT))) {
                        content = objectContent(s, c);
                    }
                    if (content == null || content.length() == 0 || c.speakerHead() < 0) {
                        continue;
                    }
                    int quoted = 0;
                    List<Marked> inside = new ArrayList<>();
                    for (Marked m : marked) {
                        if (m.whole().overlaps(content)) {
                            int ov = Math.min(m.end(), content.end()) - Math.max(m.open(), content.start());
                            quoted += ov;
                            inside.add(m);
                        }
                    }
                    if (quoted * 2 >= content.length() && (inside.size() < 2 && unquotedWords(content) < 2)) {
                        continue; // the direct quote is the reported clause
                    }
                    if (opensWithSentence(content)) {
                        continue; // saying, "That makes me smart," when ...: the quotation is what was said
                    }
                    // a quote the clause cuts (the parser often leaves the closing mark out of the clause):
                    // widen the clause over it when the quote stays within the sentence, else give up
                    int start = content.start();
                    int end = content.end();
                    boolean crosses = false;
                    for (Marked quotation : inside) {
                        Span q = quotation.content();
                        if (!content.contains(q)) {
                            // a quotation the clause opens may run on past its sentence ("that the country
                            // has spent "hundreds of years ... They're way beyond that."") within its paragraph
                            boolean runsOn = quotation.close() >= 0 && q.start() > content.start() && q.start() <= s.span().end()
                                    && !text.substring(content.start(), q.start()).strip().matches("(?s).*:\\W*")
                                    && paragraphOf(q.start()).contains(q);
                            if (!s.span().contains(q) && !runsOn) {
                                crosses = true;
                            }
                            start = Math.min(start, q.start());
                            end = Math.max(end, q.end());
                        }
                    }
                    if (crosses) {
                        continue;
                    }
                    for (Marked m : marked) {
                        if (m.close() >= 0 && end >= m.content().end() && end < m.end() && m.content().start() < end) {
                            end = m.end(); // a statement ending with its quotation ends with the closing mark
                        }
                    }
                    Span widened = new Span(start, end);
                    inside.forEach(m -> consumed.add(m.content()));
                    Quote.Kind kind = inside.isEmpty() ? Quote.Kind.INDIRECT : Quote.Kind.DIRECT;
                    out.add(new Quote(widened.of(text), widened, kind, speaker(c, widened.start()), cueOf(c)));
                }
            }
            return out;
        }

        /**
         * Whether a reported clause opens with a closed quotation of a whole sentence, ended by its own
         * punctuation inside it ("That makes me smart," when ...; not "You squeezed them" to drive up ...).
         */
        private boolean opensWithSentence(Span content) {
            for (Marked m : marked) {
                if (m.close() >= 0 && m.open() <= content.start() && content.start() <= m.content().start()
                        && m.end() < content.end() && !fragment(m) && wordCount(m.content().of(text)) > PARTIAL_WORDS
                        && m.content().of(text).strip().matches("(?s).*[,.!?]")) {
                    return true;
                }
            }
            return false;
        }

        /** Words of {@code span} outside every quotation, not counting a leading "that". */
        private int unquotedWords(Span span) {
            int n = 0;
            boolean first = true;
            for (Matcher w = WORD.matcher(text).region(span.start(), span.end()); w.find(); ) {
                boolean quotedWord = false;
                for (Marked m : marked) {
                    if (m.whole().start() <= w.start() && w.end() <= m.whole().end()) {
                        quotedWord = true;
                        break;
                    }
                }
                if (!quotedWord && !(first && w.group().equalsIgnoreCase("that"))) {
                    n++;
                }
                first = false;
            }
            return n;
        }

        private Span indirectContent(Sentence s, CueAt c) {
            List<Token> toks = s.tokens();
            if (c.first() != c.last()) { // according to X
                if (c.speakerHead() < 0) {
                    return null;
                }
                List<Integer> phrase = s.subtree(c.speakerHead());
                boolean[] skip = new boolean[toks.size()];
                for (int i : phrase) {
                    skip[i] = true;
                }
                skip[c.first()] = true;
                skip[c.last()] = true;
                return rangeOf(s, skip);
            }
            for (Dependency d : s.children(c.first())) {
                String r = d.baseRelation();
                // "X said (that) ...", and "..., X said" where the parser hangs the clause as dep/parataxis
                boolean clauseBefore = (r.equals("dep") || r.equals("parataxis")) && d.dependent() < c.first()
                        && isClauseHead(s, d.dependent());
                if (clauseBefore || r.equals("ccomp") && d.dependent() < c.first()) {
                    // the clause runs up to the cue clause ("..., the general said"); the parser may
                    // attach a trailing phrase of the clause to the cue
                    int stop = c.first();
                    if (c.speakerHead() >= 0) {
                        stop = Math.min(stop, s.subtree(c.speakerHead()).get(0));
                    }
                    List<Integer> sub = s.subtree(d.dependent());
                    if (sub.get(0) < stop) {
                        return tokenRange(s, sub.get(0), stop - 1);
                    }
                }
                if (r.equals("ccomp")) {
                    List<Integer> sub = s.subtree(d.dependent());
                    int hi = beforeTrailingParticiple(s, sub.get(0), sub.get(sub.size() - 1));
                    for (int k : sub) {
                        // "..., but he said that ...": a second speech act the parser joined to the first's clause
                        Dependency up = s.parentOf(k);
                        if (k > c.first() && k <= hi && up != null && up.baseRelation().equals("conj") && isCueVerb(toks.get(k))
                                && !insideMarked(toks.get(k).span())
                                && s.children(k).stream().anyMatch(x -> x.baseRelation().equals("nsubj"))
                                && s.children(k).stream().anyMatch(x -> x.baseRelation().equals("ccomp"))) {
                            hi = Math.min(hi, s.subtree(k).get(0) - 1);
                        }
                    }
                    return tokenRange(s, sub.get(0), hi);
                }
            }
            Dependency p = s.parentOf(c.first());
            if (p != null && p.governor() >= 0 && (p.baseRelation().equals("parataxis")
                    || (p.baseRelation().equals("csubj") || p.baseRelation().equals("dep")) && p.governor() > c.first())) {
                boolean hasIobj = s.children(c.first()).stream().anyMatch(d -> d.baseRelation().equals("iobj"));
                int keptObj = -1;
                for (Dependency d : s.children(c.first())) {
                    String r = d.baseRelation();
                    if (r.equals("obj") && hasIobj && d.dependent() > c.first()) {
                        keptObj = d.dependent(); // "told reporters [the ceasefire] would hold": misparsed subject
                    } else if (r.equals("obj") || r.equals("xcomp") || r.equals("advcl")) {
                        return null;
                    }
                }
                boolean[] skip = new boolean[toks.size()];
                for (int i : s.subtree(c.first())) {
                    skip[i] = true;
                }
                if (keptObj >= 0) {
                    for (int i : s.subtree(keptObj)) {
                        skip[i] = false;
                    }
                }
                return rangeOf(s, skip);
            }
            return null;
        }

        /** Whether token {@code i} heads a clause: a verb, or a predicate with a subject or copula. */
        private static boolean isClauseHead(Sentence s, int i) {
            if (s.tokens().get(i).isVerb()) {
                return true;
            }
            return s.children(i).stream().anyMatch(d -> d.baseRelation().startsWith("nsubj") || d.baseRelation().equals("cop"));
        }

        /** The longest run of tokens not skipped, trimmed of punctuation at its edges. */
        private Span rangeOf(Sentence s, boolean[] skip) {
            int bestLo = -1;
            int bestHi = -1;
            int i = 0;
            while (i < skip.length) {
                if (skip[i]) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < skip.length && !skip[j + 1]) {
                    j++;
                }
                if (bestLo < 0 || j - i > bestHi - bestLo) {
                    bestLo = i;
                    bestHi = j;
                }
                i = j + 1;
            }
            if (bestLo < 0) {
                return null;
            }
            return tokenRange(s, bestLo, bestHi);
        }

        /** The first token of {@code s} starting at or after {@code offset}, or -1. */
        private static int firstAt(Sentence s, int offset) {
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                if (toks.get(i).span().start() >= offset) {
                    return i;
                }
            }
            return -1;
        }

        private Span tokenRange(Sentence s, int lo, int hi) {
            List<Token> toks = s.tokens();
            while (lo <= hi && isPunct(toks.get(lo))) {
                lo++;
            }
            while (hi >= lo && isPunct(toks.get(hi)) && !isQuoteMark(toks.get(hi))) {
                hi--;
            }
            if (lo > hi) {
                return null;
            }
            return new Span(toks.get(lo).span().start(), toks.get(hi).span().end());
        }

        private static boolean isPunct(Token t) {
            return !t.word().isEmpty() && t.word().chars().noneMatch(Character::isLetterOrDigit);
        }

        private static boolean isQuoteMark(Token t) {
            return t.word().equals("\"") || t.word().equals("''") || t.word().equals("\u201D");
        }
    }
}
