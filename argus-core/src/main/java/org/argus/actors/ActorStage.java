package org.argus.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.argus.model.Actor;
import org.argus.model.ActorType;
import org.argus.model.Annotation;
import org.argus.model.Dependency;
import org.argus.model.Document;
import org.argus.model.EntityMention;
import org.argus.model.Mention;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.model.Token;
import org.argus.pipeline.Layer;
import org.argus.pipeline.Stage;

/**
 * Finds actor mentions (people, organisations, countries, international organisations) and groups
 * the mentions of one actor within the article:
 * <ul>
 *   <li>countries by their ISO code, whether named, as a demonym ("Turkish drones") or as a capital
 *       that is the subject of a verb ("Moscow said");</li>
 *   <li>people by full name, and a later surname alone joins the full name;</li>
 *   <li>organisations by name, and an acronym defined in parentheses joins its full name.</li>
 * </ul>
 * Country, sector and role of people and organisations come from the words before the name
 * ("Norwegian Foreign Minister Ine Eriksen Soreide") and from the name itself ("Libyan National Army").
 * Stateless and thread-safe.
 */
public final class ActorStage implements Stage {
    private static final int TITLE_WINDOW = 5;

    private final ActorKnowledge knowledge;

    public ActorStage(ActorKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT, Layer.TOKENS, Layer.SENTENCES, Layer.NER, Layer.DEPENDENCIES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.ACTORS);
    }

    @Override
    public Document apply(Document document) {
        Annotation annotation = document.annotation();
        Builder builder = new Builder(document.text());
        boolean[][] covered = new boolean[annotation.sentences().size()][];
        for (Sentence s : annotation.sentences()) {
            covered[s.index()] = new boolean[s.tokens().size()];
        }
        for (EntityMention e : annotation.entities()) {
            Sentence s = annotation.sentences().get(e.sentence());
            switch (e.type()) {
                case "PERSON" -> {
                    builder.person(e, s, describe(s, e.firstToken(), e.lastToken()));
                    apposition(builder, s, e);
                    mark(covered[s.index()], e);
                }
                case "ORGANIZATION" -> {
                    organization(builder, e, s, covered[s.index()]);
                    mark(covered[s.index()], e);
                }
                case "LOCATION" -> {
                    location(builder, e, s);
                    mark(covered[s.index()], e);
                }
                default -> {
                }
            }
        }
        for (Sentence s : annotation.sentences()) {
            unnamedCountries(builder, s, covered[s.index()]);
        }
        descriptions(builder, annotation.sentences(), covered);
        pronouns(builder, annotation.sentences(), document.text());
        return document.withActors(builder.build());
    }

    private void organization(Builder builder, EntityMention e, Sentence s, boolean[] covered) {
        ActorKnowledge.Entry known = knowledge.lookup(e.text());
        if (known != null && known.kind() == ActorKnowledge.Kind.ORGANIZATION) {
            builder.add(known.canonical(), ActorType.ORGANIZATION, known.country(), known.sector(), null, e.text(), e.span());
            return;
        }
        if (known != null && known.kind() == ActorKnowledge.Kind.COUNTRY_NAME) {
            builder.add(known.canonical(), ActorType.COUNTRY, known.country(), null, null, e.text(), e.span());
            return;
        }
        if (definedAcronym(builder, e, s, covered)) {
            return;
        }
        if (builder.surnameOfPerson(e.text())) {
            // the tagger's type slip: "a Trump rally" after "Donald Trump" is the person, not an organisation
            builder.person(e, s, new Description());
            return;
        }
        int first = e.firstToken();
        Span span = e.span();
        if (first > 0 && isDemonym(s.tokens().get(first - 1))) {
            // "Sudanese | Professionals Association": a nationality just before the name belongs to it
            first--;
            covered[first] = true;
            span = new Span(s.tokens().get(first).span().start(), e.span().end());
        }
        Description d = describe(s, first, e.lastToken());
        String country = d.country;
        String sector = d.sector;
        for (int i = first; i <= e.lastToken(); i++) {
            Token t = s.tokens().get(i);
            ActorKnowledge.Entry inName = knowledge.lookup(t.word());
            if (country == null && inName != null && inName.country() != null && inName.kind() != ActorKnowledge.Kind.ORGANIZATION) {
                country = inName.country();
            }
            String wordSector = Roles.sector(t.word());
            if (wordSector != null && (sector == null || !"GOV".equals(wordSector))) {
                sector = wordSector;
            }
        }
        String name = s.tokens().get(first).span().start() == e.span().start() ? e.text()
                : s.tokens().get(first).word() + " " + e.text();
        builder.organization(name, country, sector, span, acronymAfter(s, e.lastToken()));
    }

    /**
     * An acronym in parentheses whose full name the NER missed: "the Government of National Accord
     * (GNA)" becomes the organisation "Government of National Accord" with the alias GNA, when the
     * initials of the capitalised words before the parenthesis spell the acronym.
     */
    private boolean definedAcronym(Builder builder, EntityMention e, Sentence s, boolean[] covered) {
        List<Token> t = s.tokens();
        int open = e.firstToken() - 1;
        String acronym = e.text().replace(".", "");
        if (e.firstToken() != e.lastToken() || open < 1 || !isOpen(t.get(open).word()) || !acronym.matches("[A-Z]{2,8}")
                || e.lastToken() + 1 >= t.size() || !isClose(t.get(e.lastToken() + 1).word())) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        int first = -1;
        for (int i = open - 1; i >= 0 && open - i <= 12; i--) {
            String w = t.get(i).word();
            if (Character.isUpperCase(w.charAt(0)) && w.chars().anyMatch(Character::isLowerCase)) {
                initials.insert(0, w.charAt(0));
                first = i;
                if (initials.length() >= acronym.length()) {
                    break;
                }
            } else if (!CONNECTORS.contains(w) || first < 0) {
                break;
            }
        }
        if (first < 0 || !initials.toString().equals(acronym) || covered[first]) {
            return false;
        }
        Description d = describe(s, first, open - 1);
        String country = d.country;
        String sector = d.sector;
        for (int i = first; i < open; i++) {
            ActorKnowledge.Entry inName = knowledge.lookup(t.get(i).word());
            if (country == null && inName != null && inName.country() != null && inName.kind() != ActorKnowledge.Kind.ORGANIZATION) {
                country = inName.country();
            }
            String wordSector = Roles.sector(t.get(i).word());
            if (wordSector != null && (sector == null || !"GOV".equals(wordSector))) {
                sector = wordSector;
            }
            covered[i] = true;
        }
        String name = roleText(t, first, open - 1);
        builder.organization(name, country, sector, new Span(t.get(first).span().start(), t.get(open - 1).span().end()), e.text());
        builder.organization(e.text(), country, sector, e.span(), null);
        return true;
    }

    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "de", "du", "des", "la", "al", "el", "&");

    private boolean isDemonym(Token t) {
        ActorKnowledge.Entry known = knowledge.lookup(t.word());
        return known != null && known.kind() == ActorKnowledge.Kind.DEMONYM && Character.isUpperCase(t.word().charAt(0));
    }

    private void location(Builder builder, EntityMention e, Sentence s) {
        ActorKnowledge.Entry known = knowledge.lookup(e.text());
        if (known == null) {
            known = knowledge.lookupMisspelt(e.text()); // "Kazakstan": a place the tagger found, misspelt
        }
        if (known == null) {
            return;
        }
        switch (known.kind()) {
            case COUNTRY_NAME -> builder.add(known.canonical(), ActorType.COUNTRY, known.country(), null, null, e.text(), e.span());
            case ORGANIZATION -> builder.add(known.canonical(), ActorType.ORGANIZATION, known.country(), known.sector(), null,
                    e.text(), e.span());
            case CAPITAL -> {
                if (actsAsSubject(s, e.lastToken())) {
                    builder.add(known.canonical(), ActorType.COUNTRY, known.country(), "GOV", null, e.text(), e.span());
                }
            }
            default -> {
            }
        }
    }

    /**
     * A people named by its demonym as a noun with a place of another country or of no known
     * country after it ("the Uzbeks of southern Kyrgyzstan", "Russians in Latvia"): those who live there,
     * not the state their name comes from.
     */
    private boolean livingElsewhere(Sentence s, int head, String country) {
        if (!s.tokens().get(head).isNoun()) {
            return false;
        }
        for (Dependency d : s.children(head)) {
            if (d.relation().equals("nmod:of") || d.relation().equals("nmod:in")) {
                Token place = s.tokens().get(d.dependent());
                ActorKnowledge.Entry there = knowledge.lookup(place.word());
                if (there != null && there.kind() != ActorKnowledge.Kind.ORGANIZATION && there.kind() != ActorKnowledge.Kind.DEMONYM) {
                    return !country.equals(there.country());
                }
                if ("LOCATION".equals(place.ner())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Country names, demonyms and organisation acronyms the NER left untagged. */
    private void unnamedCountries(Builder builder, Sentence s, boolean[] covered) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i] || !Character.isUpperCase(tokens.get(i).word().charAt(0))) {
                continue;
            }
            for (int len = Math.min(knowledge.longestName(), tokens.size() - i); len >= 1; len--) {
                int last = i + len - 1;
                if (anyCovered(covered, i, last)) {
                    continue;
                }
                Span span = new Span(tokens.get(i).span().start(), tokens.get(last).span().end());
                String words = joined(tokens, i, last);
                ActorKnowledge.Entry known = knowledge.lookup(words);
                if (known == null || known.kind() == ActorKnowledge.Kind.CAPITAL && !actsAsSubject(s, last)) {
                    continue;
                }
                if (known.kind() == ActorKnowledge.Kind.DEMONYM && i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("ethnic")) {
                    break; // "ethnic Uzbeks in Kyrgyzstan" are a people, not the state of Uzbekistan
                }
                if (known.kind() == ActorKnowledge.Kind.DEMONYM && livingElsewhere(s, last, known.country())) {
                    break; // "the Uzbeks of southern Kyrgyzstan" too
                }
                if (known.kind() == ActorKnowledge.Kind.ORGANIZATION) {
                    builder.add(known.canonical(), ActorType.ORGANIZATION, known.country(), known.sector(), null, words, span);
                } else {
                    String sector = known.kind() == ActorKnowledge.Kind.CAPITAL ? "GOV"
                            : known.kind() == ActorKnowledge.Kind.DEMONYM ? headSector(s, last) : null;
                    builder.add(known.canonical(), ActorType.COUNTRY, known.country(), sector, null, words, span);
                    if (known.kind() == ActorKnowledge.Kind.DEMONYM) {
                        builder.demonyms.add(span);
                    }
                }
                for (int k = i; k <= last; k++) {
                    covered[k] = true;
                }
                i = last;
                break;
            }
        }
    }

    /**
     * A definite description whose head noun is the title or the head of the name of exactly one actor
     * named before it joins that actor: "the minister" after "Foreign Minister Amina Okoro", "the
     * army" after "the Northern Liberation Army", "Kenya's top diplomat" after "Kenyan Foreign
     * Minister Amina Okoro" (news calls a foreign minister a country's top diplomat). Not when two actors fit ("the minister" after two
     * ministers), when the description names a country the actor does not have ("the Kenyan
     * minister"), when it is plural, indefinite ("a minister" is someone new), part of a name ("the
     * minister Amina Okoro" is a title) or qualified by a phrase after it ("the minister of finance").
     */
    private void descriptions(Builder builder, List<Sentence> sentences, boolean[][] covered) {
        for (Sentence s : sentences) {
            List<Token> t = s.tokens();
            for (int h = 0; h < t.size(); h++) {
                Token head = t.get(h);
                if (covered[s.index()][h] || !head.pos().equals("NN") || !isDefinite(s, h) || qualified(s, h)) {
                    continue;
                }
                String noun = head.word().toLowerCase(Locale.ROOT);
                boolean title = Roles.isTitleWord(noun) && Roles.sector(noun) != null && !ORGANISATION_NOUNS.contains(noun);
                boolean organisation = ORGANISATION_NOUNS.contains(noun);
                if (!title && !organisation) {
                    continue;
                }
                int first = h;
                String country = null;
                java.util.Set<Integer> words = new java.util.HashSet<>(s.subtree(h));
                for (Dependency d : s.children(h)) {
                    if (d.baseRelation().equals("case") || d.baseRelation().equals("punct")) {
                        words.removeAll(s.subtree(d.dependent())); // "on the court" is "the court"
                    }
                }
                for (int i : words) {
                    if (i < first) {
                        first = i;
                    }
                    ActorKnowledge.Entry known = knowledge.lookup(t.get(i).word());
                    if (i != h && known != null && known.country() != null && known.kind() != ActorKnowledge.Kind.ORGANIZATION) {
                        country = known.country();
                    }
                }
                // the owner of "Kenya's top diplomat" is a country mention of its own
                int own = first;
                for (Dependency d : s.children(h)) {
                    if (d.relation().equals("nmod:poss")) {
                        for (int i : s.subtree(d.dependent())) {
                            own = Math.max(own, i + 1);
                        }
                    }
                }
                if (anyCovered(covered[s.index()], own, h)) {
                    continue;
                }
                Span span = new Span(t.get(first).span().start(), head.span().end());
                Draft match = builder.onlyWithHead(noun, title ? ActorType.PERSON : ActorType.ORGANIZATION, span.start(), country);
                if (match != null) {
                    match.mention(span.of(builder.text), span, null, null, null, Mention.Kind.DESCRIPTION);
                    for (int i = own; i <= h; i++) {
                        covered[s.index()][i] = true;
                    }
                }
            }
        }
    }

    /** "the minister", or a country's: "Kenya's defence minister". */
    private boolean isDefinite(Sentence s, int head) {
        for (Dependency d : s.children(head)) {
            if (d.baseRelation().equals("det")) {
                return s.tokens().get(d.dependent()).word().equalsIgnoreCase("the");
            }
            if (d.relation().equals("nmod:poss")) {
                ActorKnowledge.Entry owner = knowledge.lookup(s.tokens().get(d.dependent()).word());
                return owner != null && owner.kind() == ActorKnowledge.Kind.COUNTRY_NAME;
            }
        }
        return false;
    }

    /** A noun that is part of a name, or has a phrase after it that says which one: not a plain description. */
    private static boolean qualified(Sentence s, int head) {
        Dependency up = s.parentOf(head);
        if (up != null && up.governor() >= 0 && (up.baseRelation().equals("compound") || up.baseRelation().equals("appos")
                || s.tokens().get(up.governor()).isProperNoun() && !up.baseRelation().startsWith("nsubj")
                && !up.baseRelation().startsWith("obj") && !up.baseRelation().startsWith("obl"))) {
            return true;
        }
        for (Dependency d : s.children(head)) {
            String rel = d.baseRelation();
            if (d.dependent() > head && (rel.equals("nmod") || rel.equals("appos") || rel.equals("acl") || rel.equals("compound")
                    || rel.equals("flat"))) {
                return true;
            }
            if (rel.equals("compound") && s.tokens().get(d.dependent()).isProperNoun()) {
                return true; // "the Okoro government" names its own actor
            }
        }
        return false;
    }

    /** Personal and possessive pronouns and the actor types each can stand for. */
    private static final Map<String, Set<ActorType>> PRONOUNS = Map.of(
            "he", Set.of(ActorType.PERSON), "him", Set.of(ActorType.PERSON), "his", Set.of(ActorType.PERSON),
            "she", Set.of(ActorType.PERSON), "her", Set.of(ActorType.PERSON),
            "it", Set.of(ActorType.ORGANIZATION, ActorType.COUNTRY, ActorType.GROUP),
            "its", Set.of(ActorType.ORGANIZATION, ActorType.COUNTRY, ActorType.GROUP));

    /**
     * Pronouns where the text leaves one reading: a pronoun joins the actor when exactly one actor of a
     * type it can stand for is mentioned before it in its sentence ("Kenya said it would ..."), or, for
     * a person's pronoun with no person before it in its sentence, when exactly one person is mentioned
     * in the sentence before, in the same paragraph. Never inside a quotation (the speaker's "he" is
     * someone else), never "they" (a group, a state, or several actors named before), and never with two
     * candidates: "Okoro told Berg he would ..." stays unresolved.
     */
    private static void pronouns(Builder builder, List<Sentence> sentences, String text) {
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                Set<ActorType> types = PRONOUNS.get(t.word().toLowerCase(Locale.ROOT));
                if (types == null || !t.pos().startsWith("PRP") || insideQuotation(text, t.span().start())
                        || titleCase(s, t) || t.word().equalsIgnoreCase("it") && !subjectOfVerb(s, t)) {
                    continue;
                }
                char gender = genderOf(t.word());
                Set<Draft> here = builder.mentionedBetween(s.span().start(), t.span().start(), types);
                here.removeIf(d -> d.gender() != 0 && gender != 0 && d.gender() != gender);
                Span subject = subjectOfOwnClause(s, t);
                if (subject != null) {
                    // "Berg called on her to resign": her is not Berg (it would be "herself")
                    here.removeIf(d -> d.mentions.stream().anyMatch(m -> m.span().start() <= subject.start()
                            && subject.end() <= m.span().end()));
                }
                Draft antecedent = here.size() == 1 ? here.iterator().next() : null;
                if (here.isEmpty() && types.contains(ActorType.PERSON) && s.index() > 0) {
                    Sentence before = sentences.get(s.index() - 1);
                    if (text.indexOf('\n', before.span().end()) >= s.span().start() || text.indexOf('\n', before.span().end()) < 0) {
                        Set<Draft> there = builder.mentionedBetween(before.span().start(), before.span().end(), types);
                        there.removeIf(d -> d.gender() != 0 && gender != 0 && d.gender() != gender);
                        antecedent = there.size() == 1 ? there.iterator().next() : null;
                    }
                }
                if (antecedent != null && types.contains(ActorType.PERSON)
                        && personBetween(builder, sentences, antecedent.lastEndBefore(t.span().start()), t.span().start())) {
                    // "Brock asked the senator to release his records": an unnamed person is nearer
                    antecedent = null;
                }
                if (antecedent != null) {
                    antecedent.mention(t.word(), t.span(), null, null, null, Mention.Kind.PRONOUN);
                }
            }
        }
    }

    /** The subject of the verb an object pronoun ("him", "her", "it") depends on, or null. */
    private static Span subjectOfOwnClause(Sentence s, Token t) {
        if (t.pos().equals("PRP$")) {
            return null;
        }
        Dependency d = s.parentOf(s.tokens().indexOf(t));
        if (d != null && d.governor() >= 0 && d.relation().equals("nsubj")
                && s.children(d.governor()).stream().anyMatch(c -> c.baseRelation().equals("mark")
                && s.tokens().get(c.dependent()).word().equalsIgnoreCase("to"))) {
            // "Berg called on her to resign" parsed with her as the subject of "resign": the verb
            // above is the one whose subject she cannot be
            d = s.parentOf(d.governor());
            if (d == null || d.governor() < 0) {
                return null;
            }
        } else if (d == null || d.governor() < 0 || !(d.baseRelation().equals("obj") || d.baseRelation().equals("iobj")
                || d.baseRelation().equals("obl"))) {
            return null;
        }
        for (Dependency c : s.children(d.governor())) {
            if (c.relation().equals("nsubj")) {
                return s.tokens().get(c.dependent()).span();
            }
        }
        return null;
    }

    /** 'm' for he, him, his; 'f' for she, her; 0 for the others. */
    private static char genderOf(String pronoun) {
        return switch (pronoun.toLowerCase(Locale.ROOT)) {
            case "he", "him", "his" -> 'm';
            case "she", "her" -> 'f';
            default -> 0;
        };
    }

    /** Common nouns for one person, which may be what a pronoun after them stands for. */
    private static final Set<String> PERSON_NOUNS = Set.of("man", "woman", "guy", "boy", "girl", "businessman", "businesswoman",
            "candidate", "contender", "nominee", "official", "leader", "father", "mother", "son", "daughter", "husband", "wife",
            "brother", "sister", "friend", "host", "lawyer", "attorney", "doctor", "soldier", "officer", "chairman", "chairwoman",
            "founder", "owner", "chief", "head", "member", "victim", "suspect", "witness", "student", "teacher", "author", "writer",
            "citizen", "resident", "worker", "employee", "voter", "supporter", "critic", "rival", "opponent", "politician");

    /**
     * True when a person the actor stage did not name stands between {@code from} and {@code to}: a
     * singular person noun or title ("the senator", "a maintenance guy") outside any actor's mention
     * that is not a predicate. The pronoun may stand for them.
     */
    private static boolean personBetween(Builder builder, List<Sentence> sentences, int from, int to) {
        for (Sentence s : sentences) {
            if (s.span().end() <= from || s.span().start() >= to) {
                continue;
            }
            for (int i = 0; i < s.tokens().size(); i++) {
                Token k = s.tokens().get(i);
                if (k.span().start() < from || k.span().end() > to || builder.inMention(k.span())) {
                    continue;
                }
                String w = k.word().toLowerCase(Locale.ROOT);
                boolean personNoun = k.pos().equals("NN") && (PERSON_NOUNS.contains(w)
                        || Roles.isTitleWord(w) && Roles.sector(w) != null && !ORGANISATION_NOUNS.contains(w));
                // a predicate ("is vying to be the next president") introduces no one, unless a clause
                // goes on about it ("this is a man who said he would ...")
                if (personNoun && (s.children(i).stream().noneMatch(c -> c.baseRelation().equals("cop"))
                        || s.children(i).stream().anyMatch(c -> c.relation().startsWith("acl")))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A capitalised pronoun inside its sentence: a headline in title case, where the tagger misses
     * names ("Minister Says He Will Stay"), so the actors before it are not all known.
     */
    private static boolean titleCase(Sentence s, Token t) {
        return t != s.tokens().get(0) && Character.isUpperCase(t.word().charAt(0));
    }

    /**
     * "it" as the subject of a verb ("Kenya said it would ..."): as an object or the subject of a
     * copula it mostly stands for a place or a situation ("to rid it of", "it would be a mistake").
     */
    private static boolean subjectOfVerb(Sentence s, Token t) {
        int i = s.tokens().indexOf(t);
        Dependency d = s.parentOf(i);
        return d != null && d.governor() >= 0 && d.relation().startsWith("nsubj") && s.tokens().get(d.governor()).isVerb();
    }

    /** True when {@code offset} lies inside a quotation opened earlier in its paragraph. */
    private static boolean insideQuotation(String text, int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        boolean open = false;
        for (int i = start; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\u201C') {
                open = true;
            } else if (c == '\u201D') {
                open = false;
            } else if (c == '"') {
                open = !open;
            }
        }
        return open;
    }

    /** The sector of the noun a demonym modifies: "Turkish drones" is MIL, "Russian officials" none. */
    private static String headSector(Sentence s, int token) {
        Dependency d = s.parentOf(token);
        if (d == null || d.governor() < 0) {
            return null;
        }
        return Roles.sector(s.tokens().get(d.governor()).word());
    }

    private static boolean actsAsSubject(Sentence s, int token) {
        Dependency d = s.parentOf(token);
        return d != null && d.relation().startsWith("nsubj");
    }

    /** The acronym in parentheses right after a name: "National Army (NA)". */
    private static String acronymAfter(Sentence s, int last) {
        List<Token> t = s.tokens();
        if (last + 3 >= t.size() || !isOpen(t.get(last + 1).word()) || !isClose(t.get(last + 3).word())) {
            return null;
        }
        String candidate = t.get(last + 2).word();
        return candidate.matches("[A-Z][A-Z.-]{1,9}") ? candidate : null;
    }

    private static boolean isOpen(String w) {
        return w.equals("(") || w.equals("-LRB-");
    }

    private static boolean isClose(String w) {
        return w.equals(")") || w.equals("-RRB-");
    }

    /**
     * Country, sector and role from the title words before a name: "Kenyan Foreign Minister Amina
     * Mwangi" is KEN, GOV, "Foreign Minister"; "UN Secretary-General Jan Novak" is IGO,
     * "Secretary-General"; "the United Nations envoy Lena Kovac" is IGO, "envoy". A title split by
     * the tokenizer at a hyphen ("Secretary - General") stays one title.
     */
    private Description describe(Sentence s, int first, int last) {
        Description d = new Description();
        List<Token> t = s.tokens();
        int start = first;
        String nearest = null;
        int floor = first - TITLE_WINDOW;
        for (int i = first - 1; i >= Math.max(0, floor); i--) {
            String w = t.get(i).word();
            if (w.equals("-") && i > 0 && glued(t, i - 1, i) && glued(t, i, i + 1) && Roles.isTitleWord(t.get(i - 1).word())) {
                nearest = t.get(i - 1).word() + "-" + t.get(i + 1).word();
                start = i;
                continue;
            }
            if ((w.equals("of") || w.equals("for")) && start == i + 1 && i > 0 && Roles.isTitleWord(t.get(i - 1).word())) {
                // "Minister for Finance Ali Farah", "Minister of State for Foreign Affairs Ana Lima": an office
                // named after the title (the connecting word does not count against the window)
                floor--;
                continue;
            }
            ActorKnowledge.Entry org = organisationEndingAt(t, i);
            if (org != null) {
                if (start < first) {
                    d.sector = org.sector();
                    d.country = org.country();
                    d.organisation = true;
                }
                break;
            }
            ActorKnowledge.Entry known = knowledge.lookup(w);
            boolean describing = i == first - 1 && DESCRIBING_NOUNS.contains(w.toLowerCase(Locale.ROOT));
            if (Roles.isTitleWord(w) || describing) {
                // "Somali militant Ali Farah": a noun for what the person is, right before the name, reads as a title
                start = i;
                if (nearest == null && (Roles.sector(w) != null || describing)) {
                    nearest = w;
                }
            } else if (known != null && known.country() != null && known.kind() != ActorKnowledge.Kind.ORGANIZATION) {
                d.country = known.country();
                break;
            } else if (w.equals("'s") && i > 0) {
                ActorKnowledge.Entry owner = knowledge.lookup(t.get(i - 1).word());
                if (owner == null && "LOCATION".equals(t.get(i - 1).ner())) {
                    owner = knowledge.lookupMisspelt(t.get(i - 1).word()); // "Bahrein's king"
                }
                if (owner != null && owner.country() != null) {
                    d.country = owner.country();
                }
                break;
            } else {
                break;
            }
        }
        if (start < first && nearest == null) {
            // only modifiers ("former", "senior"): no title, and they describe nothing
            return d;
        }
        if (start < first) {
            d.role = roleText(t, start, first - 1);
            if (!d.organisation) {
                d.sector = nearest == null ? null : Roles.sector(nearest);
                if (d.sector == null) {
                    d.sector = Roles.sector(t.get(first - 1).word());
                }
            }
        }
        return d;
    }

    /**
     * A description the parse ties to a named person by apposition joins that person as a mention:
     * "Okoro, the northern commander," and "the northern commander, Amina Okoro". When it
     * is a title ("commander", "envoy") it gives a missing role and sector.
     */
    private void apposition(Builder builder, Sentence s, EntityMention e) {
        List<Token> t = s.tokens();
        int head = e.lastToken();
        int described = -1;
        for (Dependency d : s.children(head)) {
            if (d.baseRelation().equals("appos") && isCommonNoun(t.get(d.dependent()))) {
                described = d.dependent();
            }
        }
        Dependency up = s.parentOf(head);
        if (described < 0 && up != null && up.governor() >= 0 && up.baseRelation().equals("appos")
                && isCommonNoun(t.get(up.governor()))) {
            described = up.governor();
        }
        if (described < 0 || !Roles.isTitleWord(t.get(described).word()) && !DESCRIBING_NOUNS.contains(t.get(described).lemma().toLowerCase(Locale.ROOT))
                || ORGANISATION_NOUNS.contains(t.get(described).word().toLowerCase(Locale.ROOT))) {
            // only a title or a noun for one person describes a person: not "the internationally-recognized government"
            return;
        }
        int first = described;
        for (int i : s.subtree(described)) {
            if (i < first && (i < e.firstToken() || i > e.lastToken())) {
                first = i;
            }
        }
        // the description's own words, up to its head noun; never across the name
        if (first <= e.lastToken() && described >= e.firstToken()) {
            first = Math.max(first, e.lastToken() + 1);
        }
        if (first > described) {
            return;
        }
        int end = described;
        if (described < e.firstToken()) {
            // "the head of the rival government, Tomas Berg": the modifiers up to the name
            for (int i : s.subtree(described)) {
                if (i > end && i < e.firstToken() && Character.isLetterOrDigit(t.get(i).word().charAt(0))) {
                    end = i;
                }
            }
        }
        String text = roleText(t, first, end);
        // the title words ending at the head noun, read as before a name: "the UN envoy" is IGO, "envoy"
        Description title = Roles.sector(t.get(described).word()) == null ? new Description()
                : describe(s, described + 1, described);
        builder.describeLast(text, new Span(t.get(first).span().start(), t.get(end).span().end()), title.role, title.sector,
                title.country != null ? title.country : nationality(s, described));
    }

    /** Nouns for one person that describe who they are in an apposition: "Sidhoum, Algeria's leading activist". */
    private static final Set<String> DESCRIBING_NOUNS = Set.of("activist", "journalist", "dissident", "militant", "cleric",
            "lawyer", "businessman", "businesswoman", "politician", "opposition", "economist", "analyst", "scholar", "professor",
            "writer", "author", "citizen", "national", "tycoon", "warlord", "rebel", "veteran", "campaigner");

    /**
     * The country a description's own words give its head noun: a possessive country ("Algeria's
     * leading activist") or a nationality word ("a Kenyan journalist"); null when none or an
     * organisation is named.
     */
    private String nationality(Sentence s, int head) {
        for (Dependency d : s.children(head)) {
            String rel = d.relation();
            if (!rel.equals("nmod:poss") && !rel.equals("amod") && !rel.equals("compound")) {
                continue;
            }
            int start = d.dependent();
            for (Dependency c : s.children(d.dependent())) {
                if ((c.relation().equals("compound") || c.relation().equals("flat")) && c.dependent() < start) {
                    start = c.dependent();
                }
            }
            ActorKnowledge.Entry known = knowledge.lookup(joined(s.tokens(), start, d.dependent()));
            if (known != null && known.country() != null && known.kind() != ActorKnowledge.Kind.ORGANIZATION) {
                return known.country();
            }
        }
        return null;
    }

    private static final Set<String> ORGANISATION_NOUNS = Set.of("government", "ministry", "army", "military", "party",
            "parliament", "court", "agency", "company", "cabinet", "presidency", "command", "navy", "militia", "militias",
            "rebels", "opposition", "senate", "congress", "newspaper", "television", "corporation", "intelligence",
            "refugees", "civilians", "mercenaries", "contractors", "force", "forces", "kremlin");

    private static boolean isCommonNoun(Token t) {
        return t.isNoun() && !t.isProperNoun();
    }

    /** A known organisation whose name ends at token {@code last} ("United Nations", "UN", "NATO"), or null. */
    private ActorKnowledge.Entry organisationEndingAt(List<Token> t, int last) {
        for (int len = Math.min(4, last + 1); len >= 1; len--) {
            ActorKnowledge.Entry e = knowledge.lookup(joined(t, last - len + 1, last));
            if (e != null && e.kind() == ActorKnowledge.Kind.ORGANIZATION) {
                return e;
            }
        }
        return null;
    }

    private static boolean glued(List<Token> t, int a, int b) {
        return b < t.size() && t.get(a).span().end() == t.get(b).span().start();
    }

    /** The words of a title as written: tokens the text joins without a space stay joined. */
    private static String roleText(List<Token> t, int first, int last) {
        StringBuilder b = new StringBuilder(t.get(first).word());
        for (int i = first + 1; i <= last; i++) {
            if (!glued(t, i - 1, i)) {
                b.append(' ');
            }
            b.append(t.get(i).word());
        }
        return b.toString();
    }

    private static String joined(List<Token> tokens, int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int i = first; i <= last; i++) {
            if (i > first) {
                b.append(' ');
            }
            b.append(tokens.get(i).word());
        }
        return b.toString();
    }

    private static void mark(boolean[] covered, EntityMention e) {
        for (int i = e.firstToken(); i <= e.lastToken(); i++) {
            covered[i] = true;
        }
    }

    private static boolean anyCovered(boolean[] covered, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }

    private static final class Description {
        boolean organisation;
        String country;
        String sector;
        String role;
    }

    /** Accumulates mentions into actors, in order of first mention. */
    private static final class Builder {
        private final String text;
        private final Map<String, Draft> byKey = new LinkedHashMap<>();
        /** Mentions that are nationality adjectives or demonyms ("Turkish", "Kenyans"). */
        private final Set<Span> demonyms = new java.util.HashSet<>();

        Builder(String text) {
            this.text = text;
        }

        private final Map<String, String> aliasToKey = new HashMap<>();

        void add(String canonical, ActorType type, String country, String sector, String role, String text, Span span) {
            String key = type == ActorType.COUNTRY && country != null ? "country:" + country : type + ":" + norm(canonical);
            Draft d = byKey.computeIfAbsent(key, k -> new Draft(canonical, type));
            d.mention(text, span, country, sector, role);
        }

        void person(EntityMention e, Sentence s, Description description) {
            String name = e.text();
            String[] words = name.split("\\s+");
            // a surname alone (or a shorter form) joins the person whose full name ends with it
            for (Draft d : byKey.values()) {
                if (d.type == ActorType.PERSON && !d.name.equals(name)
                        && (d.name.endsWith(" " + name) || words.length > 1 && name.endsWith(" " + d.name))) {
                    if (words.length > d.name.split("\\s+").length) {
                        d.name = name;
                    }
                    d.mention(name, e.span(), description.country, description.sector, description.role);
                    last = d;
                    return;
                }
            }
            add(name, ActorType.PERSON, description.country, description.sector, description.role, name, e.span());
            last = byKey.get(ActorType.PERSON + ":" + norm(name));
        }

        private Draft last;

        /** Adds a description (a mention, and a role and sector the person lacks) to the last person added. */
        void describeLast(String text, Span span, String role, String sector, String country) {
            if (last != null && last.mentions.stream().noneMatch(m -> m.span().equals(span))) {
                last.mention(text, span, country, sector, role, Mention.Kind.DESCRIPTION);
            }
        }

        /**
         * The one actor of {@code type} mentioned before {@code before} whose role (a person) or name
         * (an organisation) has {@code noun} as its head, and whose country does not differ from a
         * {@code country} the description names; null when none or several fit.
         */
        Draft onlyWithHead(String noun, ActorType type, int before, String country) {
            Draft found = null;
            for (Draft d : byKey.values()) {
                if (d.type != type || d.mentions.isEmpty() || d.mentions.get(0).span().start() >= before) {
                    continue;
                }
                String named = type == ActorType.PERSON ? d.role : d.name;
                if (named == null || !noun.equals(headWord(named, type)) && !Roles.sameOffice(noun, named)) {
                    continue;
                }
                if (country != null && !country.equals(d.country)) {
                    return null;
                }
                if (found != null) {
                    return null;
                }
                found = d;
            }
            return found;
        }

        /** Titles news abbreviates before a name, as their description says them: "Sen." is "the senator". */
        private static final Map<String, String> ABBREVIATED = Map.of("sen.", "senator", "rep.", "representative",
                "gov.", "governor", "gen.", "general", "lt. gen.", "general", "maj. gen.", "general", "pres.", "president",
                "amb.", "ambassador", "adm.", "admiral", "col.", "colonel");

        /** "Foreign Minister" -> "minister"; "Government of National Accord" -> "government"; "Libyan National Army" -> "army". */
        private static String headWord(String name, ActorType type) {
            String n = name.toLowerCase(Locale.ROOT);
            int of = n.indexOf(" of ");
            if (type == ActorType.ORGANIZATION && of > 0) {
                n = n.substring(0, of);
            }
            String[] words = ABBREVIATED.getOrDefault(n, n).split("[\\s]+");
            // a hyphenated title stays whole: "the general" is not the Secretary-General
            return words[words.length - 1];
        }

        /** The actors of {@code types} with a mention inside [{@code from}, {@code before}). */
        Set<Draft> mentionedBetween(int from, int before, Set<ActorType> types) {
            Set<Draft> out = new java.util.LinkedHashSet<>();
            for (Draft d : byKey.values()) {
                // an adjective ("American servers") is no antecedent of "its", nor a name inside a
                // quotation of the "she" who speaks after it
                if (types.contains(d.type) && d.mentions.stream().anyMatch(m -> m.span().start() >= from && m.span().end() <= before
                        && !demonyms.contains(m.span()) && !insideQuotation(text, m.span().start()))) {
                    out.add(d);
                }
            }
            return out;
        }

        /** True when {@code span} lies inside a mention of any actor. */
        boolean inMention(Span span) {
            for (Draft d : byKey.values()) {
                for (Mention m : d.mentions) {
                    if (m.span().start() <= span.start() && span.end() <= m.span().end()) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** True when a person already named in the article has {@code word} as a surname. */
        boolean surnameOfPerson(String word) {
            return !word.contains(" ") && byKey.values().stream()
                    .anyMatch(d -> d.type == ActorType.PERSON && d.name.endsWith(" " + word));
        }

        void organization(String name, String country, String sector, Span span, String acronym) {
            String key = aliasToKey.get(name);
            if (key == null && name.matches("[A-Z]{2,8}")) {
                // an acronym used after the full name without being defined: "the Libyan National Army ... the LNA"
                key = byKey.entrySet().stream().filter(en -> en.getValue().type == ActorType.ORGANIZATION
                        && name.equals(initials(en.getValue().name))).map(Map.Entry::getKey).findFirst().orElse(null);
            }
            if (key == null) {
                key = ActorType.ORGANIZATION + ":" + norm(name);
            }
            Draft d = byKey.computeIfAbsent(key, k -> new Draft(name, ActorType.ORGANIZATION));
            d.mention(name, span, country, sector, null);
            if (acronym != null) {
                aliasToKey.put(acronym, key);
            }
        }

        List<Actor> build() {
            List<Actor> out = new ArrayList<>();
            Map<String, Integer> ids = new HashMap<>();
            for (Draft d : byKey.values()) {
                String id = slug(d.name);
                int n = ids.merge(id, 1, Integer::sum);
                out.add(new Actor(n == 1 ? id : id + "-" + n, d.name, d.type, d.country, d.sector, d.role, d.mentions));
            }
            return out;
        }

        /** The initials of the capitalised words of a name: "Libyan National Army" is "LNA". */
        private static String initials(String name) {
            StringBuilder b = new StringBuilder();
            for (String w : name.split("[\\s-]+")) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    b.append(w.charAt(0));
                }
            }
            return b.toString();
        }

        private static String norm(String s) {
            return s.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        }

        private static String slug(String s) {
            String slug = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                    .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            return slug.isEmpty() ? "actor" : slug;
        }
    }

    private static final class Draft {
        String name;
        final ActorType type;
        String country;
        String sector;
        String role;
        final List<Mention> mentions = new ArrayList<>();

        Draft(String name, ActorType type) {
            this.name = name;
            this.type = type;
        }

        void mention(String text, Span span, String c, String s, String r) {
            mention(text, span, c, s, r, Mention.Kind.NAME);
        }

        /** The end of the last mention ending at or before {@code offset}, or -1. */
        int lastEndBefore(int offset) {
            int end = -1;
            for (Mention m : mentions) {
                if (m.span().end() <= offset) {
                    end = Math.max(end, m.span().end());
                }
            }
            return end;
        }

        /**
         * 'm' or 'f' when the text tells (a pronoun already resolved to the person, an honorific, a
         * gendered title such as "spokeswoman"), else 0.
         */
        char gender() {
            for (Mention m : mentions) {
                if (m.kind() == Mention.Kind.PRONOUN && genderOf(m.text()) != 0) {
                    return genderOf(m.text());
                }
            }
            String words = (name + " " + (role == null ? "" : role) + " " + mentions.stream().map(Mention::text)
                    .collect(java.util.stream.Collectors.joining(" "))).toLowerCase(Locale.ROOT);
            if (words.matches("(?s).*\\b(mrs|ms|miss|madam)\\b.*|.*(woman|wife|mother|queen|princess)\\b.*")) {
                return 'f';
            }
            if (words.matches("(?s).*\\b(mr|sir)\\b.*|.*\\b(spokesman|congressman|chairman|businessman|king|prince)\\b.*")) {
                return 'm';
            }
            return 0;
        }

        void mention(String text, Span span, String c, String s, String r, Mention.Kind kind) {
            mentions.add(new Mention(text, span, kind));
            mentions.sort((a, b) -> a.span().compareTo(b.span()));
            if (country == null) {
                country = c;
            }
            if (sector == null) {
                sector = s;
            }
            if (role == null) {
                role = r;
            }
        }
    }
}
