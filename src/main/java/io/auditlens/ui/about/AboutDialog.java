package io.auditlens.ui.about;

import io.auditlens.about.ProductInfo;
import io.auditlens.ui.common.AppIcon;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help > About: the product's name and the version this build was made from, its licence and what it runs on. */
public final class AboutDialog extends Dialog<Void> {

    public AboutDialog(Window owner, ProductInfo product) {
        initOwner(owner);
        setTitle("About " + product.name());
        Label name = new Label(product.nameAndVersion());
        name.setId("aboutVersion");
        name.getStyleClass().add("title-3");
        Label description = wrapped(product.description());
        Label license = wrapped("Licensed under the " + product.license() + ".");
        Label runtime = wrapped("Runs on Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vm.vendor", "") + ") with JavaFX "
                + System.getProperty("javafx.runtime.version", "") + ".");
        runtime.setId("aboutRuntime");
        Label notices = wrapped(ProductInfo.thirdPartyNotices().replaceAll("\\s*\\n\\s*", " "));
        notices.getStyleClass().add("text-muted");
        VBox text = new VBox(8, name, description, license, runtime, notices);
        text.setPrefWidth(420);
        HBox content = new HBox(16, text);
        AppIcon.images().stream().filter(i -> i.getWidth() == 64).findFirst()
                .ifPresent(icon -> content.getChildren().add(0, new ImageView(icon)));
        content.setPadding(new Insets(8));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
