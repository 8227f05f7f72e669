package org.argus.events.cameo;

import java.util.List;
import org.argus.model.EventType;

/**
 * What a CAMEO code means in PLOVER, after the CAMEO2PLOVER table: a type (null for CAMEO codes with no
 * PLOVER event, 01 and 02, and for no code at all), a mode ("" for none) and contexts.
 */
public record PloverCode(EventType type, String mode, List<String> contexts) {
    public static final PloverCode NONE = new PloverCode(null, "", List.of());

    public PloverCode {
        mode = mode == null ? "" : mode;
        contexts = List.copyOf(contexts);
    }

    /** Whether the code is a PLOVER event. */
    public boolean isEvent() {
        return type != null;
    }
}
