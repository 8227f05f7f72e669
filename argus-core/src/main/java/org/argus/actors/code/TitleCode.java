package org.argus.actors.code;

import org.argus.actors.cast.Reading;
import org.argus.actors.cast.Titles;
import org.argus.model.ActorType;
import org.argus.rules.Rule;

/**
 * {@code actor.code.title}: the title words before a name give its country, sector and role (a
 * person's): "Kenyan Foreign Minister Amina Okoro" is KEN, GOV, "Foreign Minister"; "UN envoy Lena
 * Kovac" IGO, "envoy" (see {@link Titles}). Not for a name the knowledge base codes, nor a surname
 * the tagger mistyped.
 */
final class TitleCode implements Rule<Reading> {
    static final String ID = "actor.code.title";

    private final Titles titles;

    TitleCode(Titles titles) {
        this.titles = titles;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reading r) {
        if (r.origin != Reading.Origin.PERSON && r.origin != Reading.Origin.ORGANISATION && r.origin != Reading.Origin.ACRONYM) {
            return false;
        }
        Titles.Title t = titles.before(r.sentence, r.first);
        r.country = t.country();
        r.sector = t.sector();
        if (r.type == ActorType.PERSON) {
            r.role = t.role();
        }
        return t.country() != null || t.sector() != null || r.type == ActorType.PERSON && t.role() != null;
    }
}
