package io.auditlens.ui.load;

import io.auditlens.ui.common.TaskProgressView;

/** While a load runs: what is being loaded, a progress bar, bytes and events per second, and Cancel. */
public final class LoadProgressView extends TaskProgressView {

    public LoadProgressView(LoadCoordinator loads) {
        super("loadProgress", "cancelLoad", loads.runningProperty(), loads::cancel);
    }
}
