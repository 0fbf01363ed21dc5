package io.auditlens.ui.detail;

import io.auditlens.detail.JsonTreeNode;
import io.auditlens.query.FilterTerms;
import io.auditlens.query.QueryNode;
import io.auditlens.ui.common.ValueFilter;
import io.auditlens.ui.window.ExplorerModel;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One of the event's data trees (requestData or responseData) as key, value and type columns. Custom fields the
 * IBM documents are marked, and their explanations are listed under the tree.
 */
public final class JsonTreeView extends VBox {

    private static final double ROW_HEIGHT = 26;
    private static final double HEADER_HEIGHT = 46;

    private final TreeTableView<JsonTreeNode> tree = new TreeTableView<>();
    private final VBox notes = new VBox(4);

    JsonTreeView(String id, String name, ExplorerModel model) {
        getStyleClass().add("json-tree");
        tree.setId(id);
        tree.setShowRoot(true);
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        tree.getColumns().add(column("Key", JsonTreeNode::key, 0.47));
        tree.getColumns().add(column("Value", JsonTreeNode::value, 0.33));
        tree.getColumns().add(column("Type", JsonTreeNode::type, 0.2));
        tree.setRowFactory(t -> new CustomFieldRow());
        ValueFilter filters = new ValueFilter(model, this::focusedValue);
        List<MenuItem> items = filters.menuItems();
        ContextMenu menu = new ContextMenu(items.toArray(MenuItem[]::new));
        MenuItem surrounding = new MenuItem("Show surrounding events");
        surrounding.setOnAction(e -> model.showSurrounding(model.selectedRowProperty().get()));
        menu.getItems().addAll(new SeparatorMenuItem(), surrounding);
        menu.setOnShowing(e -> {
            filters.refresh(items);
            String refusal = model.surroundingRefusalProperty().getValue();
            surrounding.setText("Show surrounding events" + (refusal == null ? "" : ExplorerModel.NOT_IN_ARCHIVE_MODE));
            surrounding.setDisable(refusal != null);
        });
        tree.setContextMenu(menu);
        tree.setOnKeyTyped(filters::keyTyped);
        tree.setPlaceholder(new Label("No " + name.toLowerCase(java.util.Locale.ROOT) + " in this event"));
        tree.setFixedCellSize(ROW_HEIGHT);
        // Sized to its rows: the detail pane scrolls as a whole instead of each tree scrolling on its own.
        tree.expandedItemCountProperty().addListener((obs, old, n) -> fitHeight());
        fitHeight();
        notes.getStyleClass().add("custom-field-notes");
        Label heading = new Label(name);
        heading.getStyleClass().add("section-title");
        setSpacing(4);
        getChildren().addAll(heading, tree, notes);
    }

    /** The tree control, for tests. */
    public TreeTableView<JsonTreeNode> treeTable() {
        return tree;
    }

    /**
     * The selected node as "Filter for value" takes it: {@code path:value} at its JSON path (array indexes
     * dropped); objects and arrays can be copied by path but not filtered.
     */
    private Optional<ValueFilter.Target> focusedValue() {
        TreeItem<JsonTreeNode> item = tree.getSelectionModel().getSelectedItem();
        if (item == null || item.getValue() == null) {
            return Optional.empty();
        }
        JsonTreeNode node = item.getValue();
        boolean container = !node.children().isEmpty() || node.type().equals("object") || node.type().equals("array");
        QueryNode term = container ? null : FilterTerms.forPath(node.path(), node.value()).orElse(null);
        return Optional.of(new ValueFilter.Target(term, node.value(), FilterTerms.queryPath(node.path())));
    }

    /** Finds the node at a path of keys below the root, e.g. {@code RequestParameters}, {@code name}. */
    public JsonTreeNode find(String... keys) {
        TreeItem<JsonTreeNode> item = tree.getRoot();
        for (String key : keys) {
            if (item == null) {
                return null;
            }
            item = item.getChildren().stream().filter(c -> c.getValue().key().equals(key)).findFirst().orElse(null);
        }
        return item == null ? null : item.getValue();
    }

    void show(JsonTreeNode root) {
        notes.getChildren().clear();
        if (root == null) {
            tree.setRoot(null);
            return;
        }
        tree.setRoot(item(root));
        List<JsonTreeNode> custom = new ArrayList<>();
        collectCustom(root, custom);
        for (JsonTreeNode node : custom) {
            Label note = new Label(node.path() + " — " + node.explanation(), new FontIcon(MaterialDesignI.INFORMATION_OUTLINE));
            note.setWrapText(true);
            note.getStyleClass().add("custom-field-note");
            notes.getChildren().add(note);
        }
    }

    private void fitHeight() {
        int rows = Math.max(2, tree.getExpandedItemCount());
        double height = rows * ROW_HEIGHT + HEADER_HEIGHT;
        tree.setMinHeight(height);
        tree.setPrefHeight(height);
        tree.setMaxHeight(height);
    }

    private static TreeItem<JsonTreeNode> item(JsonTreeNode node) {
        TreeItem<JsonTreeNode> item = new TreeItem<>(node);
        for (JsonTreeNode child : node.children()) {
            item.getChildren().add(item(child));
        }
        item.setExpanded(true);
        return item;
    }

    private static void collectCustom(JsonTreeNode node, List<JsonTreeNode> into) {
        if (node.isCustomField()) {
            into.add(node);
        }
        node.children().forEach(c -> collectCustom(c, into));
    }

    private static TreeTableColumn<JsonTreeNode, String> column(String title, Function<JsonTreeNode, String> text,
                                                               double share) {
        TreeTableColumn<JsonTreeNode, String> column = new TreeTableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue() == null || c.getValue().getValue() == null ? "" : text.apply(c.getValue().getValue())));
        column.setPrefWidth(share * 400);
        column.setSortable(false);
        return column;
    }

    /** Marks rows of documented custom fields and explains them in a tooltip. */
    private static final class CustomFieldRow extends TreeTableRow<JsonTreeNode> {
        @Override
        protected void updateItem(JsonTreeNode item, boolean empty) {
            super.updateItem(item, empty);
            boolean custom = !empty && item != null && item.isCustomField();
            getStyleClass().remove("custom-field");
            if (custom) {
                getStyleClass().add("custom-field");
                setTooltip(new Tooltip(item.value() + "\n\n" + item.explanation()));
            } else if (!empty && item != null && !item.value().isEmpty()) {
                setTooltip(new Tooltip(item.value()));
            } else {
                setTooltip(null);
            }
        }
    }
}
