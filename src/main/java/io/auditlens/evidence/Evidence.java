package io.auditlens.evidence;

import io.auditlens.store.EventHash;
import io.auditlens.store.EventStore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The labels and notes of one version of a case, looked up by event hash. Immutable. */
public final class Evidence {

    private static final Evidence NONE = new Evidence(CaseDocument.named(""));

    private final CaseDocument document;
    private final Map<EventHash, EventEvidence> byHash;

    private Evidence(CaseDocument document) {
        this.document = document;
        Map<EventHash, EventEvidence> index = new HashMap<>();
        for (EventEvidence e : document.events()) {
            EventHash.parse(e.event()).ifPresent(h -> index.put(h, e));
        }
        this.byHash = Collections.unmodifiableMap(index);
    }

    /** The evidence of a case document. */
    public static Evidence of(CaseDocument document) {
        return new Evidence(document);
    }

    /** No labels, no notes. */
    public static Evidence none() {
        return NONE;
    }

    /** The case document this was read from. */
    public CaseDocument document() {
        return document;
    }

    /** Every label a case can use: the built-ins in shortcut order, then the user's own. */
    public List<Label> labels() {
        List<Label> all = new ArrayList<>(BuiltInLabels.all());
        all.addAll(document.labels());
        return all;
    }

    /** The label of this name, ignoring case, built-in or the user's. */
    public Optional<Label> label(String name) {
        return labels().stream().filter(l -> l.named(name)).findFirst();
    }

    /** The labels and note of an event; empty when it has neither. */
    public Optional<EventEvidence> of(EventHash hash) {
        return Optional.ofNullable(byHash.get(hash));
    }

    /** How many events carry a label or a note. */
    public int size() {
        return byHash.size();
    }

    /** This evidence placed on the rows of a store, for queries, the table and exports. */
    public RowEvidence onRows(EventStore store) {
        return RowEvidence.place(this, store);
    }

    Map<EventHash, EventEvidence> byHash() {
        return byHash;
    }
}
