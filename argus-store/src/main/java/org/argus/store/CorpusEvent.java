package org.argus.store;

import java.util.List;

/** One stored event with the sentence and article it comes from. */
public record CorpusEvent(String article, String title, String type, String mode, boolean negated, String date,
                          String datePrecision, List<String> sources, List<String> targets, String trigger,
                          String sentence, String rule, String attribution, String modality) {
}
