package io.auditlens.ui.window;

import io.auditlens.about.ProductInfo;
import io.auditlens.engine.SelectionBackend;
import io.auditlens.ui.about.AboutDialog;
import io.auditlens.ui.common.AppIcon;
import io.auditlens.ui.common.TaskProgressView;
import io.auditlens.ui.common.TaskRunner;
import io.auditlens.ui.detail.DetailPane;
import io.auditlens.ui.facets.FacetSidebar;
import io.auditlens.ui.histogram.HistogramView;
import io.auditlens.ui.load.ArchiveRangeDialog;
import io.auditlens.ui.load.DropOverlay;
import io.auditlens.ui.load.LoadCoordinator;
import io.auditlens.ui.load.LoadMode;
import io.auditlens.ui.load.LoadProgressView;
import io.auditlens.ui.load.LoadReportDialog;
import io.auditlens.ui.query.QueryBar;
import io.auditlens.ui.table.ColumnWidthMemory;
import io.auditlens.ui.table.EventTable;
import io.auditlens.ui.evidence.CaseEvidence;
import io.auditlens.ui.evidence.CaseFiles;
import io.auditlens.ui.evidence.LabelledSteps;
import io.auditlens.ui.export.CaseSnapshot;
import io.auditlens.ui.export.OutputJobs;
import io.auditlens.ui.export.WindowExport;
import io.auditlens.ui.export.WindowReport;
import io.auditlens.ui.views.SavedViews;
import io.auditlens.ui.views.ViewsPanel;
import io.auditlens.ingest.ArchivePartitions;
import io.auditlens.ingest.Loader;
import io.auditlens.ingest.PartitionWindow;
import io.auditlens.query.TimeRange;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEvents;
import io.auditlens.views.ViewStore;
import io.auditlens.views.WindowSettingsStore;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The main window: menu, query bar and notices on top; facets, histogram over table, and detail side by side;
 * load progress and status at the bottom; the drop hint over everything while files are dragged in.
 */
public final class MainWindow {

    public static final String STYLESHEET = "/io/auditlens/ui/auditlens.css";
    private static final double DETAIL_DIVIDER = 0.775;

    private final Stage stage;
    private final ThemeSwitcher themes;
    private final ExplorerModel model = new ExplorerModel();
    private final TaskRunner runner = new TaskRunner();
    private final SelectionRefresher refresher;
    private final LoadCoordinator loads;
    private final QueryBar queryBar;
    private final FacetSidebar facets;
    private final HistogramView histogram;
    private final EventTable table;
    private final DetailPane detail;
    private final DropOverlay dropOverlay;
    private final DigestWorkspace digests;
    private final SavedViews views;
    private final CaseEvidence evidence;
    private final CaseFiles caseFiles;
    private final LabelledSteps labelledSteps;
    private final ViewsPanel viewsPanel;
    private final OutputJobs outputs;
    private final WindowExport exports;
    private final WindowReport reports;
    private final DetailToggle detailToggle;
    private final WindowSettingsStore settings;
    private final ColumnWidthMemory widths;
    private final Scene scene;
    private LoadReportDialog reportDialog;
    private final ArchiveFolderChooser archiveChooser = new ArchiveFolderChooser();

    /** A window whose saved views are the current user's (see {@link ViewStore#forCurrentUser()}). */
    public MainWindow(Stage stage, ThemeSwitcher themes, BiFunction<EventStore, RawEvents, SelectionBackend> engine) {
        this(stage, themes, engine, ViewStore.forCurrentUser());
    }

    /** A window keeping its saved views in {@code viewStore}, which it closes when the window closes. */
    public MainWindow(Stage stage, ThemeSwitcher themes, BiFunction<EventStore, RawEvents, SelectionBackend> engine,
                      ViewStore viewStore) {
        this.stage = stage;
        this.themes = themes;
        this.refresher = new SelectionRefresher(model, runner);
        this.loads = new LoadCoordinator(model, runner, new Loader(), engine, this::chooseArchiveRange);
        this.queryBar = new QueryBar(model, runner);
        this.facets = new FacetSidebar(model, runner);
        this.histogram = new HistogramView(model);
        this.table = new EventTable(model, runner);
        this.detail = new DetailPane(model, runner);
        this.dropOverlay = new DropOverlay(this::open, () -> model.getData() != null);

        this.digests = new DigestWorkspace(model, runner, histogram, table, detail, viewStore.file().getParent());
        this.views = new SavedViews(viewStore, model, runner, table);
        this.evidence = new CaseEvidence(model, runner, viewStore.file().getParent(),
                paths -> loads.open(paths, LoadMode.REPLACE));
        this.caseFiles = new CaseFiles(evidence, () -> stage);
        this.labelledSteps = new LabelledSteps(model, runner, table::selectRow);
        this.viewsPanel = new ViewsPanel(views);
        this.settings = new WindowSettingsStore(viewStore.file().getParent());
        this.widths = new ColumnWidthMemory(table, settings, model, runner);
        this.outputs = new OutputJobs(runner);
        Supplier<CaseSnapshot> caseNow = () -> new CaseSnapshot(evidence.current(), evidence.file());
        this.exports = new WindowExport(model, outputs, table, caseNow);
        this.reports = new WindowReport(model, outputs, caseNow, () -> digests.timeline().digest(),
                viewStore.file().getParent());
        LabelMenus.attach(model, evidence, detail, digests.timeline());
        VBox sidebar = new VBox(viewsPanel, facets);
        VBox.setVgrow(facets, Priority.ALWAYS);
        SplitPane main = new SplitPane(sidebar, digests, detail);
        main.setId("mainSplit");
        // At 1280 pixels the sidebar is just wide enough for "Washington DC (us-east)" with a six-digit count,
        // and the detail pane leaves the table room for its default columns (F4 hides it for more).
        main.setDividerPositions(0.235, DETAIL_DIVIDER);
        this.detailToggle = new DetailToggle(main, detail, DETAIL_DIVIDER);
        SplitPane.setResizableWithParent(sidebar, false);
        main.getStyleClass().add("main-split");

        VBox top = new VBox(new AppMenuBar(this), queryBar, new NoticeBanner(model, this::showLoadReport));
        VBox bottom = new VBox(new LoadProgressView(loads), new TaskProgressView("outputProgress", "cancelOutput",
                outputs.runningProperty(), outputs::cancel), new StatusBarView(model, refresher));
        BorderPane content = new BorderPane(main, top, null, bottom, null);
        content.getStyleClass().add("main-window");
        StackPane root = new StackPane(content, dropOverlay);
        dropOverlay.attachTo(root);

        scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm());
        scene.getAccelerators().put(AppMenuBar.FOCUS_QUERY_ALT, this::focusQuery);
        // Escape leaves the surrounding events wherever the focus is, unless the focused control used it.
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.surroundingAnchorProperty().get() >= 0) {
                model.closeSurrounding();
                e.consume();
            }
        });
        model.dataProperty().addListener((obs, old, data) -> updateTitle());
        model.caseNameProperty().addListener((obs, old, name) -> updateTitle());
        refresher.engineErrorProperty().addListener((obs, old, message) -> {
            if (message != null) {
                model.notices().add(new Notice(Notice.Kind.ERROR, "The query could not be evaluated", message, false));
            }
        });
        stage.setScene(scene);
        stage.setTitle("AuditLens");
        stage.getIcons().setAll(AppIcon.images());
        stage.setOnHidden(e -> runner.close());
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> loads.close());

        // Saved views: read at start, read again when the window comes to the front (another window or the
        // command line may have changed them), and the views file's lock released when the window closes.
        views.load();
        widths.load();
        evidence.open();
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && views.loadedProperty().get()) {
                views.load();
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> views.close());
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> evidence.close());
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            widths.flush();
            try {
                settings.close();
            } catch (java.io.IOException ignored) {
                // Only the lock file's channel: the settings themselves are written and complete.
            }
        });
    }

    /** The window's scene. */
    public Scene scene() {
        return scene;
    }

    /**
     * Loads files or folders, replacing or adding to the data: the path every drop, menu and argument takes. A case
     * file among them opens that case instead, which loads its recorded inputs with the other files named.
     */
    public void open(List<Path> paths, LoadMode mode) {
        List<Path> cases = paths.stream().filter(CaseFiles::isCase).toList();
        if (cases.isEmpty()) {
            loads.open(paths, mode);
            return;
        }
        if (cases.size() > 1) {
            model.settingsNotices().add(new Notice(Notice.Kind.INFO, "One case at a time",
                    cases.get(0).getFileName() + " is opened; " + (cases.size() - 1) + " other case file"
                            + (cases.size() > 2 ? "s were" : " was") + " not.", false));
        }
        evidence.openCase(cases.get(0), paths.stream().filter(p -> !CaseFiles.isCase(p)).toList());
    }

    public ExplorerModel model() {
        return model;
    }

    public LoadCoordinator loads() {
        return loads;
    }

    public SelectionRefresher refresher() {
        return refresher;
    }

    public DropOverlay dropOverlay() {
        return dropOverlay;
    }

    public EventTable table() {
        return table;
    }

    /** The window's case: labels and notes on the table's selected events. */
    public CaseEvidence evidence() {
        return evidence;
    }

    /** File > New case, Open case and Save case as. */
    public CaseFiles caseFiles() {
        return caseFiles;
    }

    /** F3 and Shift+F3: the next and previous labelled event. */
    public LabelledSteps labelledSteps() {
        return labelledSteps;
    }

    public DetailPane detail() {
        return detail;
    }

    /** Whether the detail pane is shown (View > Detail pane, F4). */
    public javafx.beans.property.BooleanProperty detailShownProperty() {
        return detailToggle.shownProperty();
    }

    public FacetSidebar facets() {
        return facets;
    }

    public QueryBar queryBar() {
        return queryBar;
    }

    public HistogramView histogram() {
        return histogram;
    }

    /** The histogram, the Events and Digests tabs and the digest timeline. */
    public DigestWorkspace digests() {
        return digests;
    }

    /** The saved views the window offers. */
    public SavedViews savedViews() {
        return views;
    }

    /** The Views section of the sidebar. */
    public ViewsPanel viewsPanel() {
        return viewsPanel;
    }

    /** File > Export: the selection's events to CSV or NDJSON with provenance. */
    public WindowExport exports() {
        return exports;
    }

    /** File > Audit report: the selection's HTML report. */
    public WindowReport reports() {
        return reports;
    }

    /** The export or report being written, for its progress and cancel. */
    public OutputJobs outputs() {
        return outputs;
    }

    /** Opens web addresses (a written report) in the desktop's browser. */
    public void setBrowser(Consumer<String> browser) {
        reports.setBrowser(browser);
    }

    void askExport() {
        exports.ask(stage);
    }

    void askReport() {
        reports.ask(stage);
    }

    public ThemeSwitcher themes() {
        return themes;
    }

    TaskRunner runner() {
        return runner;
    }

    void chooseFiles(LoadMode mode) {
        openChosen(OpenDialogs.files(stage, mode), mode);
    }

    void chooseFolder(LoadMode mode) {
        openChosen(OpenDialogs.folder(stage, mode), mode);
    }

    // A cancelled dialog chooses nothing, and nothing is loaded.
    private void openChosen(List<Path> chosen, LoadMode mode) {
        if (!chosen.isEmpty()) {
            open(chosen, mode);
        }
    }

    /** Sets what File > Open archive… asks for an index or archive folder with; tests answer without a dialog. */
    public void setArchiveChooser(Function<Stage, Path> chooser) {
        archiveChooser.set(chooser);
    }

    void chooseArchive() {
        Path folder = archiveChooser.choose(stage);
        if (folder != null) {
            loads.openArchive(folder);
        }
    }

    // Not modal-blocking (show, not showAndWait): the load starts from the dialog's answer when it closes.
    private void chooseArchiveRange(ArchivePartitions archive, boolean withLoaded, Consumer<PartitionWindow> load) {
        ArchiveRangeDialog dialog = new ArchiveRangeDialog(stage, archive, withLoaded);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                load.accept(dialog.getResult());
            }
        });
        dialog.show();
    }

    /** Shows the load report of the last load (one non-modal window, reused). */
    public LoadReportDialog showLoadReport() {
        if (reportDialog == null) {
            reportDialog = new LoadReportDialog(stage, model);
            reportDialog.getDialogPane().getStylesheets().addAll(scene.getStylesheets());
        }
        if (!reportDialog.isShowing()) {
            reportDialog.show();
        }
        return reportDialog;
    }

    void focusQuery() {
        queryBar.focusQuery();
    }

    /** Help > About: the name and version of this build. */
    public AboutDialog showAbout() {
        AboutDialog about = new AboutDialog(stage, ProductInfo.current());
        about.getDialogPane().getStylesheets().addAll(scene.getStylesheets());
        about.show();
        return about;
    }

    void showQueryHelp() {
        queryBar.showHelp();
    }

    void clearFilters() {
        model.updateRequest(r -> r.withoutPicks().withRange(TimeRange.ALL).withQuery(""));
    }

    void quit() {
        stage.close();
    }

    private void updateTitle() {
        stage.setTitle(WindowTitle.of(model.getData(), model.caseNameProperty().get()));
    }
}
