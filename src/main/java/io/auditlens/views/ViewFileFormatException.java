package io.auditlens.views;

import java.io.IOException;

/** A views file that can be read but does not hold views; the message says what is wrong, in one line. */
public final class ViewFileFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public ViewFileFormatException(String message) {
        super(message);
    }
}
