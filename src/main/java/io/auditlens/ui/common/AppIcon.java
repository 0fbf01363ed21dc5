package io.auditlens.ui.common;

import javafx.scene.image.Image;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/** The application icon, in the sizes the build copies from packaging/icons, for window decorations and About. */
public final class AppIcon {

    private static final int[] SIZES = {32, 64, 256};

    private AppIcon() {
    }

    /** The icon in every size the class path has, smallest first (none when run from an incomplete build). */
    public static List<Image> images() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            URL url = AppIcon.class.getResource("/io/auditlens/icons/auditlens-" + size + ".png");
            if (url != null) {
                images.add(new Image(url.toExternalForm()));
            }
        }
        return images;
    }
}
