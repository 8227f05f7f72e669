package org.argus.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.argus.grammar.ConlluReader;
import org.argus.model.ActorType;
import org.argus.model.Document;
import org.argus.model.Mention;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.model.Token;
import org.argus.words.Words;

/**
 * The resolver's test fixture: a hand-checked parse (a {@code .conllu} test resource) and, written
 * by hand, the actors named in it so far, each with its mentions where its words stand in the text.
 * Tokens inside a mention or tagged by the tagger count as names.
 */
final class Actors implements Antecedents<Actors.Named> {
    static final Words WORDS = Words.shipped();
    static final Roles ROLES = new Roles(WORDS);
    static final Pronouns PRONOUNS = new Pronouns(WORDS);
    static final Candidates CANDIDATES = new Candidates(new Gender(WORDS, PRONOUNS));
    static final CountryWords COUNTRIES = org.argus.actors.ActorKnowledge.load();

    record Named(ActorType type, String name, String role, String country, List<Mention> mentions) implements Antecedent {
    }

    final Document doc;
    private final List<Named> actors = new ArrayList<>();
    private final Set<Span> adjectives = new HashSet<>();

    Actors(String resource) {
        try (InputStream in = Actors.class.getResourceAsStream("/org/argus/reference/" + resource)) {
            this.doc = ConlluReader.read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds an actor with a mention at each place the text says one of {@code words}. */
    Named actor(ActorType type, String name, String role, String country, String... words) {
        List<Mention> mentions = new ArrayList<>();
        for (String w : words) {
            for (int at = doc.text().indexOf(w); at >= 0; at = doc.text().indexOf(w, at + 1)) {
                mentions.add(new Mention(w, new Span(at, at + w.length())));
            }
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        Named n = new Named(type, name, role, country, mentions);
        actors.add(n);
        return n;
    }

    /** Marks the mentions of {@code a} that say {@code word} as a nationality word. */
    void adjective(Named a, String word) {
        a.mentions().stream().filter(m -> m.text().equals(word)).forEach(m -> adjectives.add(m.span()));
    }

    @Override
    public List<Named> actors() {
        return actors;
    }

    @Override
    public boolean adjective(Span span) {
        return adjectives.contains(span);
    }

    @Override
    public boolean named(int sentence, int token) {
        Token t = doc.annotation().sentences().get(sentence).tokens().get(token);
        return !t.ner().equals("O") || Candidates.inMention(this, t.span());
    }

    Sentence sentence(String start) {
        for (Sentence s : doc.annotation().sentences()) {
            if (s.span().of(doc.text()).startsWith(start)) {
                return s;
            }
        }
        throw new AssertionError("no sentence starts with '" + start + "'");
    }

    /** The pronoun {@code word} (its {@code nth} occurrence, from 0) of the sentence starting with {@code start}, as the resolver drafts it. */
    Reference pronoun(String start, String word, int nth) {
        Sentence s = sentence(start);
        int i = index(s, word, nth);
        String w = s.tokens().get(i).word();
        return new Reference(Reference.Kind.PRONOUN, doc.text(), doc.annotation().sentences(), s, i, this, PRONOUNS.types(w),
                PRONOUNS.gender(w));
    }

    Reference pronoun(String start, String word) {
        return pronoun(start, word, 0);
    }

    /** The description headed by {@code noun} in the sentence starting with {@code start}, as the resolver drafts it. */
    Reference description(String start, String noun) {
        Sentence s = sentence(start);
        int h = index(s, noun, 0);
        return new Reference(Reference.Kind.DESCRIPTION, doc.text(), doc.annotation().sentences(), s, h, this,
                Set.of(ROLES.isPersonTitle(noun) ? ActorType.PERSON : ActorType.ORGANIZATION), (char) 0);
    }

    private static int index(Sentence s, String word, int nth) {
        for (int i = 0, seen = 0; i < s.tokens().size(); i++) {
            if (s.tokens().get(i).word().equals(word) && seen++ == nth) {
                return i;
            }
        }
        throw new AssertionError("no token '" + word + "'");
    }
}
