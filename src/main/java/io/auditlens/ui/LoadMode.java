package io.auditlens.ui;

/** Whether newly opened files replace the loaded data or are added to it. */
public enum LoadMode {
    REPLACE,
    ADD
}
