package io.auditlens.task;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.NoSuchFileException;
import java.util.zip.ZipException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Failures are told in words, never by an exception's class name. */
class FailureReasonTest {

    @Test
    void namesFailuresWithoutClassNames() {
        assertEquals("no such file", FailureReason.of(new NoSuchFileException("/x/y.parquet")));
        assertEquals("the file was closed while it was being read", FailureReason.of(new ClosedChannelException()));
        assertEquals("damaged compressed data: invalid entry CRC", FailureReason.of(new ZipException("invalid entry CRC")));
        assertEquals("disk full", FailureReason.of(new UncheckedIOException(new IOException("disk full"))));
        assertEquals("an unexpected internal error", FailureReason.of(new IllegalStateException()));
        assertEquals("Unable to open DISPLAY", FailureReason.of(new UnsupportedOperationException("Unable to open DISPLAY")));
    }

    @Test
    void cleanDropsClassNamesFromMessages() {
        assertEquals("bad thing", FailureReason.clean("java.lang.RuntimeException: java.io.IOException: bad thing"));
        assertEquals("cannot read: x", FailureReason.clean("cannot read: NoSuchFileException: x"));
        assertEquals("two lines", FailureReason.clean("two\n lines"));
    }
}
