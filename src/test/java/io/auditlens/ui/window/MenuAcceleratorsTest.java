package io.auditlens.ui.window;

import io.auditlens.ui.TestWindows;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** No two menu items answer the same keys: the second would never run, and which one wins is not defined. */
@ExtendWith(ApplicationExtension.class)
class MenuAcceleratorsTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        TestWindows.show(stage, dir);
    }

    @Test
    void everyAcceleratorOfTheMenuBarIsUnique(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Map<String, String> owners = new HashMap<>();
        StringBuilder clashes = new StringBuilder();
        for (Menu menu : bar.getMenus()) {
            collect(menu.getItems(), owners, clashes);
        }
        assertTrue(owners.size() > 10, "the menus carry their shortcuts: " + owners);
        assertTrue(clashes.isEmpty(), "shortcuts used twice:" + clashes);
    }

    private static void collect(List<MenuItem> items, Map<String, String> owners, StringBuilder clashes) {
        for (MenuItem item : items) {
            KeyCombination key = item.getAccelerator();
            if (key != null) {
                String before = owners.putIfAbsent(key.getName(), item.getText());
                if (before != null) {
                    clashes.append(' ').append(key.getName()).append(" (").append(before).append(", ")
                            .append(item.getText()).append(')');
                }
            }
            if (item instanceof Menu sub) {
                collect(sub.getItems(), owners, clashes);
            }
        }
    }
}
