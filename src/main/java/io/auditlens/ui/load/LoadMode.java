package io.auditlens.ui.load;

/** Whether newly opened files replace the loaded data or are added to it. */
public enum LoadMode {
    REPLACE,
    ADD
}
