package io.auditlens.task;

import java.io.EOFException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

/**
 * A failure in words for the person reading a report: never an exception's class name, which Java puts in messages
 * of wrapped causes ({@code java.io.IOException: ...}) and NIO uses instead of a message (only the path concerned).
 */
public final class FailureReason {

    /** A class name with its package at the start of a message, as {@code Throwable(cause)} writes it. */
    private static final Pattern CLASS_PREFIX =
            Pattern.compile("^(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)(?::\\s*|$)");
    /** A bare class name such as {@code UnsupportedOperationException} anywhere in a message. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)*[A-Z]\\w*(?:Exception|Error)\\b:?\\s*");

    private FailureReason() {
    }

    /** The reason {@code e} happened, on one line, in words. */
    public static String of(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileSystemException fse) {
            return fse.getReason() == null ? "the file system refused access" : clean(fse.getReason());
        }
        if (e instanceof ClosedByInterruptException) {
            return "reading was interrupted";
        }
        if (e instanceof ClosedChannelException) {
            return "the file was closed while it was being read";
        }
        if (e instanceof EOFException) {
            return "the data ends early (the file is cut short)";
        }
        if (e instanceof ZipException) {
            return "damaged compressed data" + suffix(e.getMessage());
        }
        if (e instanceof OutOfMemoryError) {
            return "not enough memory";
        }
        if (e instanceof StackOverflowError) {
            return "too deeply nested";
        }
        String message = clean(e.getMessage());
        if (message.isEmpty() && e.getCause() != null && e.getCause() != e) {
            return of(e.getCause());
        }
        return message.isEmpty() ? "an unexpected internal error" : message;
    }

    /** {@code message} without class names, on one line. */
    public static String clean(String message) {
        if (message == null) {
            return "";
        }
        String s = message.strip();
        String before;
        do {
            before = s;
            s = CLASS_PREFIX.matcher(s).replaceFirst("").strip();
        } while (!s.equals(before));
        s = CLASS_NAME.matcher(s).replaceAll("");
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    private static String suffix(String message) {
        String s = clean(message);
        return s.isEmpty() ? "" : ": " + s;
    }
}
