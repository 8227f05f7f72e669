package org.argus.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.argus.model.Actor;
import org.argus.model.ActorRef;
import org.argus.model.ActorType;
import org.argus.model.Annotation;
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
 * Finds direct quotes and reported statements with their cue and speaker.
 * <ul>
 *   <li>Direct: text in double quotation marks ({@link QuoteMarks}); the cue is a speech verb in the
 *       same sentence outside the marks (after the quote first: "..., X said"), else in the next
 *       sentence when it is a bare attribution ("he said."), else a sentence before ending in a colon.
 *       Quotes of three words or fewer with no cue are scare quotes, not quotes, and are dropped.</li>
 *   <li>Reported: a speech verb with a subject and a clausal complement ("X said (that) ..."), and
 *       "according to X, ...".</li>
 *   <li>Speaker: the subject of the cue, widened to its name; "he"/"she" is the last person named
 *       before, "they"/"it" the last organisation or country; then resolved to the article's actor.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class QuoteStage implements Stage {
    private static final int MIN_UNCUED_WORDS = 4;
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "it");

    private final Set<String> cues;

    private QuoteStage(Set<String> cues) {
        this.cues = Set.copyOf(cues);
    }

    /** A quote stage with the shipped cue lexicon. */
    public static QuoteStage load() {
        String path = "/org/argus/quotes/cues.txt";
        Set<String> cues = new HashSet<>();
        try (InputStream in = QuoteStage.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("cue lexicon missing from the build: " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    cues.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
        return new QuoteStage(cues);
    }

    /** The lemmas that cue speech, plus "according" (as in "according to"). */
    public Set<String> cueLemmas() {
        Set<String> all = new HashSet<>(cues);
        all.add("according");
        return Set.copyOf(all);
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT, Layer.SENTENCES, Layer.TOKENS, Layer.LEMMAS, Layer.DEPENDENCIES, Layer.ACTORS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.QUOTES);
    }

    @Override
    public Document apply(Document doc) {
        List<Quote> quotes = new ArrayList<>();
        List<Span> direct = QuoteMarks.find(doc.text());
        ActorRef previousSpeaker = null;
        int previousEnd = -1;
        for (Span content : direct) {
            Cue cue = findCue(doc, content, direct);
            ActorRef speaker = cue == null ? null : speaker(doc, cue.sentence, cue.verb);
            if (speaker == null && continuesPrevious(doc.text(), previousEnd, content)) {
                speaker = previousSpeaker;
            }
            if (cue == null && speaker == null && words(content.of(doc.text())) < MIN_UNCUED_WORDS) {
                continue;
            }
            Quote.Cue cueRef = cue == null ? null : new Quote.Cue(cue.token().word(), cue.token().span());
            quotes.add(new Quote(content.of(doc.text()), content, Quote.Kind.DIRECT, speaker, cueRef));
            previousSpeaker = speaker;
            previousEnd = content.end();
        }
        for (Sentence s : doc.annotation().sentences()) {
            reported(doc, s, direct, quotes);
        }
        quotes.sort((a, b) -> a.span().compareTo(b.span()));
        return doc.withQuotes(quotes);
    }

    /**
     * A quote continues the previous speaker's words when it follows in the same paragraph
     * ("..." said X. "...") or opens the next paragraph with nothing else between.
     */
    private static boolean continuesPrevious(String text, int previousEnd, Span content) {
        if (previousEnd < 0) {
            return false;
        }
        String between = text.substring(Math.min(previousEnd, content.start()), content.start());
        if (!between.contains("\n\n")) {
            return true;
        }
        return between.strip().replaceAll("[\"\u201C\u201D]", "").isEmpty();
    }

    private record Cue(Sentence sentence, int verb) {
        Token token() {
            return sentence.tokens().get(verb);
        }
    }

    private Cue findCue(Document doc, Span content, List<Span> allQuotes) {
        Annotation a = doc.annotation();
        Sentence last = a.sentenceAt(Math.max(content.start(), content.end() - 1));
        Sentence first = a.sentenceAt(content.start());
        // after the quote in its last sentence, then before it in its first sentence
        if (last != null) {
            Integer v = cueIn(last, t -> t.span().start() >= content.end(), allQuotes);
            if (v != null) {
                return new Cue(last, v);
            }
        }
        if (first != null) {
            Integer v = cueIn(first, t -> t.span().end() <= content.start(), allQuotes);
            if (v != null) {
                return new Cue(first, v);
            }
        }
        // a bare attribution in the next sentence ("he said."), or a lead-in ending with a colon
        if (last != null && last.index() + 1 < a.sentences().size()) {
            Sentence next = a.sentences().get(last.index() + 1);
            if (next.tokens().size() <= 12 && !insideAny(next.span().start(), allQuotes)) {
                Integer v = cueIn(next, t -> true, allQuotes);
                if (v != null) {
                    return new Cue(next, v);
                }
            }
        }
        if (first != null && first.index() > 0) {
            Sentence prev = a.sentences().get(first.index() - 1);
            if (prev.span().of(doc.text()).strip().endsWith(":")) {
                Integer v = cueIn(prev, t -> true, allQuotes);
                if (v != null) {
                    return new Cue(prev, v);
                }
            }
        }
        return null;
    }

    private Integer cueIn(Sentence s, java.util.function.Predicate<Token> where, List<Span> quotes) {
        for (Token t : s.tokens()) {
            if (t.isVerb() && cues.contains(t.lemma().toLowerCase(Locale.ROOT)) && where.test(t)
                    && !insideAny(t.span().start(), quotes) && subject(s, t.index()) >= 0) {
                return t.index();
            }
        }
        return null;
    }

    /**
     * The speaker of a cue verb: its subject, or in the inverted order of news ("..., said Smith") the
     * proper noun right after it, which parsers often attach as an object or complement.
     */
    private static int subject(Sentence s, int verb) {
        for (Dependency d : s.children(verb)) {
            if (d.relation().equals("nsubj")) {
                return d.dependent();
            }
        }
        for (Dependency d : s.children(verb)) {
            String rel = d.baseRelation();
            if (d.dependent() > verb && (rel.equals("xcomp") || rel.equals("obj") || rel.equals("dep"))
                    && s.tokens().get(d.dependent()).isProperNoun()) {
                return d.dependent();
            }
        }
        return -1;
    }

    private static boolean insideAny(int offset, List<Span> spans) {
        for (Span sp : spans) {
            if (sp.start() <= offset && offset < sp.end()) {
                return true;
            }
        }
        return false;
    }

    /** Reported statements of one sentence, outside direct quotes. */
    private void reported(Document doc, Sentence s, List<Span> direct, List<Quote> out) {
        for (Token t : s.tokens()) {
            if (insideAny(t.span().start(), direct)) {
                continue;
            }
            if (t.word().equalsIgnoreCase("according")) {
                accordingTo(doc, s, t, direct, out);
                continue;
            }
            if (!t.isVerb() || !cues.contains(t.lemma().toLowerCase(Locale.ROOT)) || subject(s, t.index()) < 0) {
                continue;
            }
            for (Dependency d : s.children(t.index())) {
                if (!d.relation().equals("ccomp")) {
                    continue;
                }
                Span content = clause(s, d.dependent());
                if (content.length() == 0 || insideAny(content.start(), direct) || overlapsDirect(content, direct)) {
                    continue;
                }
                out.add(new Quote(content.of(doc.text()), content, Quote.Kind.INDIRECT, speaker(doc, s, t.index()),
                        new Quote.Cue(t.word(), t.span())));
            }
        }
    }

    private static boolean overlapsDirect(Span content, List<Span> direct) {
        for (Span d : direct) {
            if (d.overlaps(content)) {
                return true;
            }
        }
        return false;
    }

    /** "according to X, CONTENT": X is the noun "according" marks; the content is the rest of its clause. */
    private static void accordingTo(Document doc, Sentence s, Token according, List<Span> direct, List<Quote> out) {
        Dependency link = s.parentOf(according.index());
        if (link == null || link.governor() < 0 || !link.relation().equals("case")) {
            return;
        }
        int source = link.governor();
        Dependency attach = s.parentOf(source);
        if (attach == null || attach.governor() < 0) {
            return;
        }
        List<Integer> phrase = s.subtree(source);
        int clauseHead = attach.governor();
        List<Integer> clause = new ArrayList<>(s.subtree(clauseHead));
        clause.removeAll(phrase);
        clause.remove(Integer.valueOf(according.index()));
        clause.removeIf(i -> s.tokens().get(i).pos().equals(",") || s.tokens().get(i).pos().equals("."));
        if (clause.isEmpty()) {
            return;
        }
        Span content = new Span(s.tokens().get(clause.get(0)).span().start(), s.tokens().get(clause.get(clause.size() - 1)).span().end());
        if (overlapsDirect(content, direct)) {
            return;
        }
        Span speakerSpan = namePhrase(s, source);
        out.add(new Quote(content.of(doc.text()), content, Quote.Kind.INDIRECT, resolve(doc, speakerSpan),
                cue(doc, new Span(according.span().start(), s.tokens().get(Math.min(according.index() + 1,
                        s.tokens().size() - 1)).span().end()))));
    }

    private static Quote.Cue cue(Document doc, Span span) {
        return new Quote.Cue(span.of(doc.text()), span);
    }

    /** The complement clause without its "that". */
    private static Span clause(Sentence s, int head) {
        List<Integer> tree = s.subtree(head);
        int first = tree.get(0);
        int last = tree.get(tree.size() - 1);
        if (s.tokens().get(first).word().equalsIgnoreCase("that") && first < last) {
            first++;
        }
        while (last > first && (s.tokens().get(last).pos().equals(".") || s.tokens().get(last).pos().equals(","))) {
            last--;
        }
        return new Span(s.tokens().get(first).span().start(), s.tokens().get(last).span().end());
    }

    private static ActorRef speaker(Document doc, Sentence s, int verb) {
        int subject = subject(s, verb);
        if (subject < 0) {
            return null;
        }
        String word = s.tokens().get(subject).word().toLowerCase(Locale.ROOT);
        Span phrase = namePhrase(s, subject);
        if (PERSON_PRONOUNS.contains(word) || GROUP_PRONOUNS.contains(word)) {
            Actor antecedent = lastActorBefore(doc, phrase.start(), PERSON_PRONOUNS.contains(word));
            if (antecedent == null) {
                return new ActorRef(phrase.of(doc.text()), null, null, null, phrase);
            }
            return new ActorRef(antecedent.name(), antecedent.id(), antecedent.country(), antecedent.sector(), phrase);
        }
        return resolve(doc, phrase);
    }

    private static ActorRef resolve(Document doc, Span phrase) {
        Actor actor = doc.actorAt(phrase);
        if (actor == null) {
            return new ActorRef(phrase.of(doc.text()), null, null, null, phrase);
        }
        return new ActorRef(actor.name(), actor.id(), actor.country(), actor.sector(), phrase);
    }

    private static Actor lastActorBefore(Document doc, int offset, boolean person) {
        Actor best = null;
        int bestStart = -1;
        for (Actor a : doc.actors()) {
            if (person != (a.type() == ActorType.PERSON)) {
                continue;
            }
            for (Mention m : a.mentions()) {
                if (m.span().end() <= offset && m.span().start() > bestStart) {
                    best = a;
                    bestStart = m.span().start();
                }
            }
        }
        return best;
    }

    /** The subject noun with its name parts, titles and modifiers, without relative clauses. */
    private static Span namePhrase(Sentence s, int head) {
        int first = head;
        int last = head;
        for (Dependency d : s.children(head)) {
            String rel = d.relation();
            if (rel.equals("compound") || rel.equals("flat") || rel.startsWith("amod") || rel.equals("nmod:poss")
                    || rel.equals("det") || rel.startsWith("nmod:of") || rel.startsWith("nmod:for")) {
                for (int i : s.subtree(d.dependent())) {
                    first = Math.min(first, i);
                    last = Math.max(last, i);
                }
            }
        }
        return new Span(s.tokens().get(first).span().start(), s.tokens().get(last).span().end());
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
