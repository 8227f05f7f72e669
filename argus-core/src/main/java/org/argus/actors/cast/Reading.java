package org.argus.actors.cast;

import java.util.ArrayList;
import java.util.List;
import org.argus.actors.ActorKnowledge;
import org.argus.model.ActorType;
import org.argus.model.EntityMention;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.model.Token;

/**
 * One mention of an actor as the actor stage's units read it, the draft they shape: its words, what
 * it names (type, canonical name, how it was read), its country, sector and role, descriptions tied to
 * it, and which actor of the article it joins. Units change its fields; the stage adds it to the
 * {@link Cast} once they are done. A reading no unit gave a type to names no actor. Mutable; one per
 * mention, used by one thread.
 */
public final class Reading {
    /** How the mention was read, which decides the units that code and group it. */
    public enum Origin {
        /** A person's name the tagger found. */
        PERSON,
        /** A known person's surname the tagger took for an organisation: a person, read no further. */
        RETYPED,
        /** An organisation read by its own name. */
        ORGANISATION,
        /** An organisation's full name read back from the acronym after it. */
        ACRONYM,
        /** A name the knowledge base knows: a country, its demonym or capital, an international organisation. */
        KNOWN
    }

    /** A description of the actor the parse ties to it ("Okoro, the northern commander,"), with what it tells and the units that found it. */
    public record Described(String text, Span span, String country, String sector, String role, List<String> trace) {
    }

    public final Sentence sentence;
    public final List<Token> tokens;
    /** The sentence's tokens already read as part of a name; a unit that takes in more words marks them. */
    public final boolean[] covered;
    /** The tagger's entity the reading starts from, or null for a name the tagger missed. */
    public final EntityMention entity;
    public final Cast cast;

    /** The mention's tokens, its span and its words as the actor's mention shows them. */
    public int first;
    public int last;
    public Span span;
    public String words;

    public Origin origin;
    public ActorType type;
    /** The actor's name as this mention gives it: the canonical name of a known entry, else the words. */
    public String name;
    public String country;
    public String sector;
    public String role;
    /** A nationality word ("Turkish", "Kenyans"): no antecedent of a pronoun. */
    public boolean adjective;
    /** An acronym this mention defines ("National Army (NA)"): a later mention of it joins this actor. */
    public String alias;
    /** The acronym a full name was read back from ("(GNA)"): it is added after the full name, with its codes. */
    public Reading acronym;
    public final List<Described> described = new ArrayList<>();
    /** The ids of the units that fired on it, in order: the mention's trace. */
    public final List<String> trace = new ArrayList<>();
    /** Set by a unit that finds the words name no actor after all ("ethnic Uzbeks"). */
    public boolean rejected;

    /** Which actor it joins: a key of the cast, or an actor found otherwise (a full name a surname ends). */
    public String key;
    public ActorDraft joins;
    /** Whether the actor it joins takes its name (a full name after a surname alone). */
    public boolean renames;

    private ActorKnowledge.Entry known;
    private boolean looked;

    public Reading(Cast cast, Sentence sentence, boolean[] covered, EntityMention entity, int first, int last) {
        this.cast = cast;
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.covered = covered;
        this.entity = entity;
        this.first = first;
        this.last = last;
        this.span = entity != null ? entity.span() : new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
        this.words = entity != null ? entity.text() : TokenText.joined(tokens, first, last);
    }

    /** A reading of a name the knowledge base knows, found at tokens {@code first} to {@code last}. */
    public static Reading known(Cast cast, Sentence sentence, boolean[] covered, int first, int last, ActorKnowledge.Entry entry) {
        Reading r = new Reading(cast, sentence, covered, null, first, last);
        r.known = entry;
        r.looked = true;
        return r;
    }

    /** What the knowledge base knows of the words, looked up once. */
    public ActorKnowledge.Entry known(ActorKnowledge knowledge) {
        if (!looked) {
            known = knowledge.lookup(words);
            looked = true;
        }
        return known;
    }

    /** Whether a unit has read it as an actor. */
    public boolean read() {
        return type != null;
    }

    /** Marks tokens {@code from} to {@code to} as read. */
    public void cover(int from, int to) {
        for (int i = from; i <= to; i++) {
            covered[i] = true;
        }
    }

    /** Whether any of tokens {@code from} to {@code to} is already read. */
    public boolean anyCovered(int from, int to) {
        for (int i = from; i <= to; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }

    /** Reads it as {@code type} named {@code name}, as {@code origin} gives it. */
    public void as(Origin origin, ActorType type, String name, String country, String sector) {
        this.origin = origin;
        this.type = type;
        this.name = name;
        this.country = country;
        this.sector = sector;
    }

    /** This reading, then the acronym it was read back from (which takes its country and sector, and the units that gave them). */
    public List<Reading> withAcronym() {
        if (acronym == null) {
            return List.of(this);
        }
        acronym.country = country;
        acronym.sector = sector;
        acronym.trace.addAll(trace);
        return List.of(this, acronym);
    }
}
