package org.argus.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.argus.grammar.ConlluReader;
import org.argus.model.Actor;
import org.argus.model.ActorRef;
import org.argus.model.ActorType;
import org.argus.model.Document;
import org.argus.model.Mention;
import org.argus.model.Quote;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.words.Words;

/**
 * The documents the events units are tested on: a sentence of a hand-checked CoNLL-U fixture in
 * {@code org/argus/events/} (found by its {@code # text =} line), read without CoreNLP, with the actors a
 * test names, each mentioned wherever its name stands as whole words.
 */
public final class Parsed {
    /** The shipped lexicon and word lists, as the stage reads them. */
    public static final Lexicon LEXICON = Lexicon.load();
    public static final Words WORDS = Words.shipped();

    private final Document doc;

    private Parsed(Document doc) {
        this.doc = doc;
    }

    /** The sentence {@code text} of fixture {@code fixture} ("governed.conllu"); fails naming it when it is not there. */
    public static Parsed sentence(String fixture, String text) {
        String all = read("/org/argus/events/" + fixture);
        for (String block : all.split("\n\\s*\n")) {
            if (block.contains("# text = " + text + "\n")) {
                return new Parsed(ConlluReader.read("t", block));
            }
        }
        throw new AssertionError(fixture + " has no sentence '" + text + "'");
    }

    /**
     * This document with actor {@code name} of {@code type} and {@code country} (may be null) mentioned
     * wherever its name stands, and wherever one of {@code pronouns} stands (as the actors stage
     * records "its" of "its troops").
     */
    public Parsed actor(String name, ActorType type, String country, String... pronouns) {
        List<Mention> mentions = new ArrayList<>(mentions(name, Mention.Kind.NAME));
        if (mentions.isEmpty()) {
            throw new AssertionError("'" + name + "' is not in: " + doc.text());
        }
        for (String p : pronouns) {
            mentions.addAll(mentions(p, Mention.Kind.PRONOUN));
        }
        List<Actor> actors = new ArrayList<>(doc.actors());
        actors.add(new Actor(name.toLowerCase(Locale.ROOT).replace(' ', '-'), name, type, country, null, null, mentions));
        return new Parsed(doc.withActors(actors));
    }

    private List<Mention> mentions(String words, Mention.Kind kind) {
        List<Mention> out = new ArrayList<>();
        String text = doc.text();
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            boolean whole = (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (at + words.length() == text.length() || !Character.isLetter(text.charAt(at + words.length())));
            if (whole) {
                out.add(new Mention(words, new Span(at, at + words.length()), kind));
            }
        }
        return out;
    }

    /**
     * This document with a reported statement of {@code content} (words of the text) whose speaker is
     * the actor named {@code speaker}, as the quotes stage finds "Kenya said Uganda ...".
     */
    public Parsed quote(String content, String speaker) {
        int at = doc.text().indexOf(content);
        if (at < 0) {
            throw new AssertionError("'" + content + "' is not in: " + doc.text());
        }
        Actor a = doc.actors().stream().filter(x -> x.name().equals(speaker)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + speaker));
        ActorRef ref = new ActorRef(a.name(), a.id(), a.country(), a.sector(), a.mentions().get(0).span());
        Quote q = new Quote(content, new Span(at, at + content.length()), Quote.Kind.INDIRECT, ref, null);
        return new Parsed(doc.withQuotes(List.of(q)));
    }

    /** A country actor. */
    public Parsed country(String name, String code) {
        return actor(name, ActorType.COUNTRY, code);
    }

    public Document doc() {
        return doc;
    }

    public Sentence sentence() {
        return doc.annotation().sentences().get(0);
    }

    /** The index of the first token whose word is {@code word}; fails when there is none. */
    public int token(String word) {
        return sentence().tokens().stream().filter(t -> t.word().equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError("no token '" + word + "' in " + doc.text())).index();
    }

    /** The words of tokens {@code indices}. */
    public List<String> words(List<Integer> indices) {
        return indices.stream().map(i -> sentence().tokens().get(i).word()).toList();
    }

    /** The trigger the shipped lexicon's first {@code pos} entry for {@code lemma} gives ("attack", "verb"). */
    public static Trigger trigger(String lemma, String pos) {
        List<Lexicon.Entry> entries = pos.equals("verb") ? LEXICON.verbs(lemma) : LEXICON.nouns(lemma);
        if (entries.isEmpty()) {
            throw new AssertionError("the lexicon has no " + pos + " " + lemma);
        }
        return Trigger.of(entries.get(0));
    }

    private static String read(String resource) {
        try (InputStream in = Parsed.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("fixture missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
