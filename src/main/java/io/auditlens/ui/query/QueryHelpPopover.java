package io.auditlens.ui.query;

import atlantafx.base.controls.Popover;
import io.auditlens.query.QueryExamples;
import io.auditlens.query.QueryField;
import io.auditlens.query.TimeBoundField;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/** The query help: every field with what it means and an example, and example queries that can be clicked. */
final class QueryHelpPopover extends Popover {

    QueryHelpPopover(Consumer<String> useQuery) {
        setTitle("Query language");
        setHeaderAlwaysVisible(true);
        setDetachable(false);
        setArrowLocation(ArrowLocation.TOP_RIGHT);

        Label intro = new Label("Terms are ANDed; OR and parentheses group; -term negates; field:prefix* "
                + "matches a prefix; bare words search message, action, target and initiator. Any dotted "
                + "JSON path such as requestData.RequestParameters.name works as a field.");
        intro.setWrapText(true);

        GridPane fields = new GridPane();
        fields.getStyleClass().add("help-fields");
        fields.setHgap(12);
        fields.setVgap(3);
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        fields.getColumnConstraints().add(names);
        int row = 0;
        for (QueryField f : QueryField.values()) {
            addField(fields, row++, f.queryName(), f.description(), f.exampleQuery(), useQuery);
        }
        for (TimeBoundField f : TimeBoundField.values()) {
            addField(fields, row++, f.queryName(), f.description(), f.exampleQuery(), useQuery);
        }

        VBox examples = new VBox(2);
        for (QueryExamples.Example ex : QueryExamples.all()) {
            Hyperlink link = new Hyperlink(ex.query());
            link.getStyleClass().add("help-example");
            link.setOnAction(e -> useQuery.accept(ex.query()));
            Label meaning = new Label(ex.meaning());
            meaning.getStyleClass().add("help-meaning");
            examples.getChildren().add(new VBox(link, meaning));
        }

        VBox content = new VBox(10, intro, heading("Fields"), fields, heading("Examples"), examples);
        content.setPadding(new Insets(4));
        content.setPrefWidth(640);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(460);
        scroll.setPrefViewportWidth(660);
        setContentNode(scroll);
    }

    private static Node heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static void addField(GridPane grid, int row, String name, String description, String example,
                                 Consumer<String> useQuery) {
        Label n = new Label(name);
        n.getStyleClass().add("help-field");
        Label d = new Label(description);
        d.setWrapText(true);
        d.setMaxWidth(330);
        Hyperlink ex = new Hyperlink(example);
        ex.getStyleClass().add("help-example");
        ex.setOnAction(e -> useQuery.accept(example));
        grid.addRow(row, n, d, ex);
    }
}
