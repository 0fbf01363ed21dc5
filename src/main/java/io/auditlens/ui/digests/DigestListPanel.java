package io.auditlens.ui.digests;

import io.auditlens.task.FailureReason;
import io.auditlens.engine.SelectionBackend;
import io.auditlens.engine.SelectionResult;
import io.auditlens.ui.common.LatestTask;
import io.auditlens.ui.common.TaskProgressView;
import io.auditlens.ui.common.TaskRunner;
import io.auditlens.ui.common.ValuePseudoClass;
import io.auditlens.ui.window.ExplorerModel;
import io.auditlens.ui.window.LoadedData;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import io.auditlens.event.Digest;
import io.auditlens.timeline.DigestLine;
import io.auditlens.timeline.DigestSummary;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Digests tab: every digest in the selection with its repository, tags, event count, first and last seen,
 * latest vulnerability status and a sparkline of when it was busy; sortable by any column and filtered by text.
 * Double-click or Enter opens the digest's timeline. The backend lists them (from loaded events, or in archive mode
 * by the engine) in a Task, with progress and Cancel, and only while the tab shows.
 */
public final class DigestListPanel extends VBox {

    /** Slices of each sparkline. */
    public static final int SLICES = 24;

    private final ExplorerModel model;
    private final Consumer<String> openTimeline;
    private final ObservableList<DigestLine> rows = FXCollections.observableArrayList();
    private final FilteredList<DigestLine> filtered = new FilteredList<>(rows);
    private final TableView<DigestLine> table = new TableView<>();
    private final CustomTextField filter = new CustomTextField();
    private final Label count = new Label();
    private final Label placeholder = new Label();
    private final PauseTransition filterPause = new PauseTransition(Duration.millis(150));
    private boolean showing;
    private boolean stale = true;
    private final LatestTask<List<DigestLine>> building;
    // Held here: the bindings of a progress view's listener are only weakly referenced by their sources.
    private final ObservableValue<Task<List<DigestLine>>> archiveListing;

    public DigestListPanel(ExplorerModel model, TaskRunner runner, Consumer<String> openTimeline) {
        this.model = model;
        this.openTimeline = openTimeline;
        this.building = new LatestTask<>(runner);
        setId("digestList");
        getStyleClass().add("digest-list");

        filter.setId("digestFilter");
        filter.setPromptText("Filter by digest, repository, tag or status");
        filter.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        HBox.setHgrow(filter, Priority.ALWAYS);
        filter.textProperty().addListener((obs, old, text) -> filterPause.playFromStart());
        filterPause.setOnFinished(e -> applyFilter());
        count.setId("digestCount");
        count.getStyleClass().add("digest-count");
        // Counting on an archive-mode engine can take seconds: its progress and Cancel show while it runs there.
        archiveListing = building.runningWhen(model.dataProperty().map(LoadedData::archiveMode));
        TaskProgressView listing = new TaskProgressView("digestProgress", "digestCancel", archiveListing,
                this::cancelListing);
        HBox bar = new HBox(10, filter, new Spacer(), listing, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("digest-bar");

        SortedList<DigestLine> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("digestTable");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        placeholder.getStyleClass().add("table-placeholder");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        addColumns();
        table.setRowFactory(t -> {
            TableRow<DigestLine> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openTimeline.accept(row.getItem().summary().digest());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            DigestLine selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                openTimeline.accept(selected.summary().digest());
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);

        model.resultProperty().addListener((obs, old, result) -> rebuild());
        model.timeDisplayProperty().addListener((obs, old, display) -> table.refresh());
        rebuild();
    }

    /** Builds the list when the tab comes into view, if the selection changed while it was hidden. */
    public void setShowing(boolean nowShowing) {
        showing = nowShowing;
        if (showing && stale) {
            rebuild();
        }
    }

    /** The table, for tests. */
    public TableView<DigestLine> tableView() {
        return table;
    }

    private void addColumns() {
        TableColumn<DigestLine, String> digest = column("Digest", 135, s -> s.digest(), Digest::shortForm);
        digest.setId("digest-column");
        digest.setCellFactory(c -> new TextCell<>(Digest::shortForm) {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        TableColumn<DigestLine, Long> events = column("Events", 70, DigestSummary::events, n -> String.format("%,d", n));
        events.getStyleClass().add("number-column");
        TableColumn<DigestLine, String> status = column("Last status", 90, DigestSummary::lastStatus, s -> s);
        status.setCellFactory(c -> new StatusCell());
        TableColumn<DigestLine, int[]> activity = new TableColumn<>("Activity");
        activity.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().activity()));
        activity.setCellFactory(c -> new SparklineCell<>());
        activity.setSortable(false);
        activity.setPrefWidth(SparklineCell.WIDTH + 16);
        // Activity and status come before the dates: they are what a glance down the list is for.
        table.getColumns().addAll(List.of(digest,
                column("Repository", 200, DigestSummary::repository, s -> s),
                column("Tags", 120, s -> String.join(", ", s.tags()), s -> s),
                events, activity, status,
                column("First seen", 150, DigestSummary::firstSeen, this::time),
                column("Last seen", 150, DigestSummary::lastSeen, this::time)));
    }

    private <T> TableColumn<DigestLine, T> column(String title, double width, Function<DigestSummary, T> value,
                                                  Function<T, String> text) {
        TableColumn<DigestLine, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue().summary())));
        column.setCellFactory(c -> new TextCell<>(text));
        return column;
    }

    private String time(long millis) {
        return model.timeDisplayProperty().get().format(millis).substring(0, 19);
    }

    private void rebuild() {
        if (!showing) {
            building.cancel();
            stale = true;
            return;
        }
        stale = false;
        LoadedData data = model.getData();
        SelectionResult result = model.getResult();
        if (data == null || result == null) {
            building.cancel();
            rows.clear();
            placeholder.setText(data == null ? "No events loaded" : "Waiting for the selection…");
            updateCount();
            return;
        }
        SelectionBackend backend = data.backend();
        placeholder.setText("Listing digests…");
        building.start((progress, cancel) -> backend.digests(result, SLICES, progress, cancel), "Listing digests",
                listed -> {
                    rows.setAll(listed);
                    placeholder.setText("No event in the selection names a digest");
                    updateCount();
                }, error -> placeholder.setText("Cannot list the digests: " + FailureReason.of(error)));
    }

    // The list is listed again when the selection changes or the tab comes back into view.
    private void cancelListing() {
        building.cancel();
        stale = true;
        rows.clear();
        placeholder.setText("Listing the digests was cancelled");
        updateCount();
    }

    private void applyFilter() {
        String needle = filter.getText().strip().toLowerCase(Locale.ROOT);
        filtered.setPredicate(needle.isEmpty() ? null : row -> matches(row.summary(), needle));
        updateCount();
    }

    private static boolean matches(DigestSummary s, String needle) {
        return contains(s.digest(), needle) || contains(s.repository(), needle) || contains(s.lastStatus(), needle)
                || s.tags().stream().anyMatch(t -> contains(t, needle));
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }

    private void updateCount() {
        int all = rows.size();
        int shown = filtered.size();
        String digests = all == 1 ? "digest" : "digests";
        count.setText(shown == all ? String.format("%,d %s", all, digests)
                : String.format("%,d of %,d %s", shown, all, digests));
    }

    /** A cell showing its value as text made by a function; empty for null. */
    private static class TextCell<T> extends TableCell<DigestLine, T> {
        private final Function<T, String> text;

        TextCell(Function<T, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.apply(item));
        }
    }

    /** The status cell, coloured like the event table's status column. */
    private static final class StatusCell extends TextCell<String> {
        private final ValuePseudoClass value = new ValuePseudoClass(this);

        StatusCell() {
            super(s -> s);
            getStyleClass().add("status-cell");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            value.show(empty ? null : item);
        }
    }
}
