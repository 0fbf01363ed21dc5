package io.auditlens.evidence;

import java.util.Optional;

/**
 * A case as read from its file.
 *
 * @param evidence its labels and notes
 * @param warning  set when the file had to be set aside or restored, or comes from a later version
 * @param readOnly whether changes are refused (a later version's file, or one that could not be set aside)
 */
public record CaseState(Evidence evidence, Optional<String> warning, boolean readOnly) {

    /** The case document. */
    public CaseDocument document() {
        return evidence.document();
    }
}
