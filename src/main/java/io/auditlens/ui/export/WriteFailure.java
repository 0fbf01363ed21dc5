package io.auditlens.ui.export;

import io.auditlens.task.FailureReason;

import java.util.Locale;

/** Why writing a file failed, in words: a full disk said as such, the rest as {@link FailureReason} tells it. */
final class WriteFailure {

    private WriteFailure() {
    }

    static String describe(Throwable e) {
        String reason = FailureReason.of(e);
        String lower = reason.toLowerCase(Locale.ROOT);
        // ENOSPC on Linux and macOS, ERROR_DISK_FULL on Windows.
        if (lower.contains("no space left") || lower.contains("not enough space") || lower.contains("disk full")) {
            return "the disk is full (" + reason + ")";
        }
        return reason;
    }
}
