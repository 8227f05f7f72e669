package org.argus.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.argus.actors.cast.Cast;
import org.argus.actors.cast.Reading;
import org.argus.actors.cast.Titles;
import org.argus.grammar.ConlluReader;
import org.argus.model.Document;
import org.argus.model.EntityMention;
import org.argus.model.Sentence;
import org.argus.model.Token;
import org.argus.reference.Roles;
import org.argus.rules.Chain;
import org.argus.rules.Rule;
import org.argus.words.Words;

/**
 * The actor units' test fixtures: parses of sentences the team wrote ({@code .conllu} test resources,
 * checked by hand), and the drafts a unit is applied to, built as the actor stage builds them.
 */
public final class Parses {
    public static final ActorKnowledge KNOWLEDGE = ActorKnowledge.load();
    public static final Words WORDS = Words.shipped();
    public static final Roles ROLES = new Roles(WORDS);
    public static final Titles TITLES = new Titles(KNOWLEDGE, ROLES, WORDS);

    private Parses() {
    }

    /** The document the test resource {@code name} ({@code mentions.conllu}) of this package's resources holds. */
    public static Document parse(String name) {
        try (InputStream in = Parses.class.getResourceAsStream("/org/argus/actors/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return ConlluReader.read(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty cast for the document's sentences. */
    public static Cast cast(Document d) {
        return new Cast(d.annotation().sentences().stream().mapToInt(s -> s.tokens().size()).toArray());
    }

    /** The sentence whose text starts with {@code start}. */
    public static Sentence sentence(Document d, String start) {
        for (Sentence s : d.annotation().sentences()) {
            if (s.span().of(d.text()).startsWith(start)) {
                return s;
            }
        }
        throw new AssertionError("no sentence starts with '" + start + "'");
    }

    /** A reading of the tagger's entity {@code words} in the sentence starting with {@code start}. */
    public static Reading entity(Cast cast, Document d, String start, String words) {
        Sentence s = sentence(d, start);
        for (EntityMention e : d.annotation().entities()) {
            if (e.sentence() == s.index() && e.text().equals(words)) {
                return new Reading(cast, s, cast.covered(s.index()), e, e.firstToken(), e.lastToken());
            }
        }
        throw new AssertionError("no entity '" + words + "' in '" + start + "...'");
    }

    /** A reading of the untagged words {@code words} of the sentence starting with {@code start}, as the name scan finds them. */
    public static Reading known(Cast cast, Document d, String start, String words) {
        Sentence s = sentence(d, start);
        int first = token(s, words.split(" ")[0]);
        int last = first + words.split(" ").length - 1;
        ActorKnowledge.Entry entry = KNOWLEDGE.lookup(words);
        if (entry == null) {
            throw new AssertionError("'" + words + "' is not in the knowledge base");
        }
        return Reading.known(cast, s, cast.covered(s.index()), first, last, entry);
    }

    /** The index of the first token {@code word} of {@code s}. */
    public static int token(Sentence s, String word) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).word().equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token '" + word + "'");
    }

    /** Applies {@code unit} to {@code r} alone and returns the trace: the unit's id when it fired, else nothing. */
    @SafeVarargs
    public static List<String> apply(Reading r, Rule<Reading>... units) {
        List<String> trace = new ArrayList<>();
        Chain.of(units).run(r, trace);
        return trace;
    }
}
