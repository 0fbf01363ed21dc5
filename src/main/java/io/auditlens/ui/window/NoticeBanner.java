package io.auditlens.ui.window;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

import java.util.Locale;

/** Shows the model's notices as closable in-window banners; they never block the window. */
public final class NoticeBanner extends VBox {

    private final ExplorerModel model;
    private final Runnable showReport;

    public NoticeBanner(ExplorerModel model, Runnable showReport) {
        this.model = model;
        this.showReport = showReport;
        setId("noticeBanner");
        getStyleClass().add("notice-banner");
        setSpacing(4);
        model.notices().addListener((ListChangeListener<Notice>) c -> rebuild());
        model.settingsNotices().addListener((ListChangeListener<Notice>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        for (Notice notice : model.notices()) {
            getChildren().add(banner(notice));
        }
        for (Notice notice : model.settingsNotices()) {
            getChildren().add(banner(notice));
        }
        setVisible(!getChildren().isEmpty());
        setManaged(isVisible());
    }

    private HBox banner(Notice notice) {
        FontIcon icon = new FontIcon(switch (notice.kind()) {
            case ERROR -> MaterialDesignC.CLOSE_CIRCLE_OUTLINE;
            case WARNING -> MaterialDesignA.ALERT_OUTLINE;
            case INFO -> MaterialDesignI.INFORMATION_OUTLINE;
        });
        icon.getStyleClass().add("notice-icon");
        Label title = new Label(notice.title());
        title.getStyleClass().add("notice-title");
        Label text = new Label(notice.text());
        text.getStyleClass().add("notice-text");
        text.setWrapText(true);
        VBox words = new VBox(2, title, text);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox box = new HBox(10, icon, words, new Spacer());
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().addAll("notice", "notice-" + notice.kind().name().toLowerCase(Locale.ROOT));
        if (notice.offersReport()) {
            Button report = new Button("Load report");
            report.getStyleClass().add(Styles.SMALL);
            report.setOnAction(e -> showReport.run());
            box.getChildren().add(report);
        }
        if (notice.action() != null) {
            Button action = new Button(notice.action().label());
            action.getStyleClass().add(Styles.SMALL);
            action.setOnAction(e -> {
                remove(notice);
                notice.action().perform().run();
            });
            box.getChildren().add(action);
        }
        Button close = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        close.setOnAction(e -> remove(notice));
        box.getChildren().add(close);
        return box;
    }

    private void remove(Notice notice) {
        if (!model.notices().remove(notice)) {
            model.settingsNotices().remove(notice);
        }
    }
}
