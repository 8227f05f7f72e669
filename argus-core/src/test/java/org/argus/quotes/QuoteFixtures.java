package org.argus.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.argus.grammar.ConlluReader;
import org.argus.model.Actor;
import org.argus.model.ActorType;
import org.argus.model.Document;
import org.argus.model.Mention;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.Marked;
import org.argus.quotes.draft.Passage;
import org.argus.quotes.draft.Quotation;
import org.argus.words.Words;

/**
 * The hand-checked parses the quote unit tests read ({@code org/argus/quotes/*.conllu}, sentences the
 * team wrote), and ways to pick the drafts a unit is tested on out of them.
 */
public final class QuoteFixtures {
    /** The stage with the shipped word lists: it builds passages the way the chains read them. */
    public static final QuoteStage STAGE = new QuoteStage(Words.shipped());

    private QuoteFixtures() {
    }

    /** The document the fixture {@code name}.conllu describes, with no actors. */
    public static Document document(String name) {
        String resource = "/org/argus/quotes/" + name + ".conllu";
        try (InputStream in = QuoteFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + resource);
            }
            return ConlluReader.read(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The passage of fixture {@code name} with {@code actors}, before any chain ran. */
    public static Passage passage(String name, Actor... actors) {
        return STAGE.passage(document(name).withActors(List.of(actors)));
    }

    /** An actor of {@code type} mentioned at every occurrence of each of {@code surfaces} in {@code doc}'s text. */
    public static Actor actor(Document doc, String id, String name, ActorType type, String role, String... surfaces) {
        String text = doc.text();
        List<Mention> mentions = new ArrayList<>();
        for (String s : surfaces) {
            for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
                mentions.add(new Mention(s, new Span(i, i + s.length())));
            }
        }
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("no mention of " + List.of(surfaces) + " in the fixture");
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        return new Actor(id, name, type, null, null, role, mentions);
    }

    /** The sentence whose text holds {@code words}. */
    public static Sentence sentence(Passage p, String words) {
        for (Sentence s : p.sentences()) {
            if (s.span().of(p.text()).contains(words)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no sentence with '" + words + "'");
    }

    /** The index of the first token of {@code s} that is {@code word}. */
    public static int token(Sentence s, String word) {
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.tokens().get(i).word().equals(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no token '" + word + "' in " + s.tokens());
    }

    /** The offsets of the first occurrence of {@code words} in the passage's text. */
    public static Span span(Passage p, String words) {
        int at = p.text().indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("no '" + words + "' in the fixture");
        }
        return new Span(at, at + words.length());
    }

    /** The quoted span whose words start with {@code words}. */
    public static Marked marked(Passage p, String words) {
        for (Marked m : p.marked()) {
            if (m.content().of(p.text()).startsWith(words)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no quotation '" + words + "'");
    }

    /** A quotation draft of the quoted span starting with {@code words}. */
    public static Quotation quotation(Passage p, String words) {
        return new Quotation(p, marked(p, words));
    }

    /** The cue the cue chains find at token {@code word} of the sentence holding {@code sentence}. */
    public static CueAt cue(Passage p, String sentence, String word) {
        Sentence s = sentence(p, sentence);
        int i = token(s, word);
        for (CueAt c : p.reportingCues(s)) {
            if (c.first() == i) {
                return c;
            }
        }
        throw new IllegalArgumentException("'" + word + "' is no cue in " + s.span().of(p.text()));
    }

    /** The words of {@code s} in the passage's text, or null. */
    public static String words(Passage p, Span s) {
        return s == null ? null : s.of(p.text());
    }
}
