package org.argus.reference;

import java.util.List;
import org.argus.model.ActorType;
import org.argus.model.Mention;

/** An actor as a reference may stand for it: its type, name, role, country and the mentions found so far. */
public interface Antecedent {
    ActorType type();

    String name();

    /** The role of a person ("Foreign Minister"), or null. */
    String role();

    String country();

    /** Its mentions so far, in text order. */
    List<Mention> mentions();
}
