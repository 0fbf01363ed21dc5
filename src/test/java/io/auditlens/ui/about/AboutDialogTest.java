package io.auditlens.ui.about;

import io.auditlens.about.ProductInfoTest;
import io.auditlens.ui.TestWindows;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static io.auditlens.ui.TestWindows.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Help > About in the real window names the version the pom declares; the window carries the icon. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestWindows.show(stage, dir);
    }

    @Test
    void helpAboutShowsThePomsVersion(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("About AuditLens");
        waitUntil(() -> robot.lookup("#aboutVersion").tryQuery().isPresent());

        Label version = robot.lookup("#aboutVersion").queryAs(Label.class);
        assertEquals("AuditLens " + ProductInfoTest.pomVersion(), version.getText());
        assertTrue(robot.lookup("#aboutRuntime").queryAs(Label.class).getText().contains("Java "));
        Window about = version.getScene().getWindow();
        assertTrue(about.isShowing());
        assertEquals("About AuditLens", ((Stage) about).getTitle());
        assertFalse(stage.getIcons().isEmpty(), "the window has the application icon");
    }
}
