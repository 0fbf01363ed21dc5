package io.auditlens.evidence;

import io.auditlens.store.EventHash;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A case being changed: a mutable copy of a {@link CaseDocument} that every edit appends to the history of. Lives
 * only inside one locked read-change-write of {@link CaseStore}.
 */
final class CaseDraft {

    private final CaseDocument original;
    private final List<Label> labels;
    private final Map<String, EventEvidence> events = new LinkedHashMap<>();
    private final List<HistoryEntry> history;
    private final String by;
    private final String at;
    private String name;
    private List<CaseInput> inputs;
    private CaseSelection selection;

    CaseDraft(CaseDocument doc, String by, String at) {
        this.original = doc;
        this.labels = new ArrayList<>(doc.labels());
        doc.events().forEach(e -> events.put(e.event(), e));
        this.history = new ArrayList<>(doc.history());
        this.name = doc.name();
        this.inputs = doc.inputs();
        this.selection = doc.selection();
        this.by = by;
        this.at = at;
    }

    CaseDocument toDocument() {
        return new CaseDocument(CaseDocument.FORMAT, name, inputs, labels, List.copyOf(events.values()), selection,
                history);
    }

    /** Whether any edit changed anything. */
    boolean changed() {
        return !toDocument().equals(original);
    }

    /** Puts a label on events, defining it first when new; returns how many events gained it. */
    int addLabel(Collection<EventHash> hashes, String labelName) throws CaseRefusedException {
        Label label = labelFor(labelName, null);
        int added = 0;
        for (EventHash hash : hashes) {
            EventEvidence e = events.getOrDefault(hash.hex(), new EventEvidence(hash.hex(), List.of(), null));
            if (e.hasLabel(label.name())) {
                continue;
            }
            List<LabelMark> marks = new ArrayList<>(e.labels());
            marks.add(new LabelMark(label.name(), by, at));
            events.put(hash.hex(), new EventEvidence(hash.hex(), marks, e.note()));
            history.add(new HistoryEntry(at, by, "label added", hash.hex(), label.name(), null));
            added++;
        }
        return added;
    }

    /** Takes a label off events; returns how many events lost it. */
    int removeLabel(Collection<EventHash> hashes, String labelName) {
        int removed = 0;
        for (EventHash hash : hashes) {
            EventEvidence e = events.get(hash.hex());
            if (e == null || !e.hasLabel(labelName)) {
                continue;
            }
            List<LabelMark> marks = new ArrayList<>(e.labels());
            marks.removeIf(m -> m.label().equalsIgnoreCase(labelName.strip()));
            put(new EventEvidence(hash.hex(), marks, e.note()));
            history.add(new HistoryEntry(at, by, "label removed", hash.hex(), labelName.strip(), null));
            removed++;
        }
        return removed;
    }

    /** Sets the note of events (blank text removes it); returns how many notes changed. */
    int setNote(Collection<EventHash> hashes, String text) throws CaseRefusedException {
        Optional<String> problem = LabelNames.noteProblem(text);
        if (problem.isPresent()) {
            throw new CaseRefusedException(problem.get());
        }
        boolean remove = text == null || text.isBlank();
        int changed = 0;
        for (EventHash hash : hashes) {
            EventEvidence e = events.getOrDefault(hash.hex(), new EventEvidence(hash.hex(), List.of(), null));
            if (remove ? e.note() == null : e.note() != null && e.note().text().equals(text)) {
                continue;
            }
            put(new EventEvidence(hash.hex(), e.labels(), remove ? null : new EventNote(text, by, at)));
            history.add(new HistoryEntry(at, by, remove ? "note removed" : "note set", hash.hex(), null,
                    remove ? null : text));
            changed++;
        }
        return changed;
    }

    /** Defines a label of the user's, or changes its colour; a built-in's colour is fixed. */
    Label defineLabel(String labelName, String colour) throws CaseRefusedException {
        return labelFor(labelName, colour);
    }

    /** Takes over another case's content whole (Save case as), its history included. */
    void replaceWith(CaseDocument doc) {
        labels.clear();
        labels.addAll(doc.labels());
        events.clear();
        doc.events().forEach(e -> events.put(e.event(), e));
        history.clear();
        history.addAll(doc.history());
        name = doc.name();
        inputs = doc.inputs();
        selection = doc.selection();
    }

    void rename(String newName) {
        name = newName == null ? "" : newName.strip();
    }

    void setInputs(List<CaseInput> newInputs) {
        inputs = List.copyOf(newInputs);
    }

    void setSelection(CaseSelection newSelection) {
        selection = newSelection;
    }

    private void put(EventEvidence e) {
        if (e.isEmpty()) {
            events.remove(e.event());
        } else {
            events.put(e.event(), e);
        }
    }

    private Label labelFor(String labelName, String colour) throws CaseRefusedException {
        Optional<String> problem = LabelNames.problem(labelName);
        if (problem.isEmpty() && colour != null) {
            problem = LabelNames.colourProblem(colour);
        }
        if (problem.isPresent()) {
            throw new CaseRefusedException(problem.get());
        }
        Optional<Label> builtIn = BuiltInLabels.find(labelName);
        if (builtIn.isPresent()) {
            if (colour != null && !colour.equalsIgnoreCase(builtIn.get().colour())) {
                throw new CaseRefusedException("\"" + builtIn.get().name() + "\" is a built-in label; its colour is fixed");
            }
            return builtIn.get();
        }
        for (int i = 0; i < labels.size(); i++) {
            Label known = labels.get(i);
            if (known.named(labelName)) {
                if (colour == null || colour.equalsIgnoreCase(known.colour())) {
                    return known;
                }
                Label recoloured = new Label(known.name(), colour.toLowerCase(java.util.Locale.ROOT));
                labels.set(i, recoloured);
                history.add(new HistoryEntry(at, by, "label defined", null, known.name(), null));
                return recoloured;
            }
        }
        Label added = new Label(labelName.strip(), colour == null ? BuiltInLabels.paletteColour(labels.size())
                : colour.toLowerCase(java.util.Locale.ROOT));
        labels.add(added);
        history.add(new HistoryEntry(at, by, "label defined", null, added.name(), null));
        return added;
    }
}
