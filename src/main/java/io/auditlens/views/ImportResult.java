package io.auditlens.views;

import java.util.List;

/**
 * What an import did.
 *
 * @param added          the views added, in file order
 * @param alreadyPresent names of views in the file that were not added because an identical view exists
 */
public record ImportResult(List<ImportedView> added, List<String> alreadyPresent) {

    public ImportResult {
        added = List.copyOf(added);
        alreadyPresent = List.copyOf(alreadyPresent);
    }
}
