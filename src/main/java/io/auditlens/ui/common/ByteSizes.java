package io.auditlens.ui.common;

import java.util.Locale;

/** Formats byte counts for people: 512 B, 12.4 KB, 3.1 MB, 1.2 GB (powers of 1024). */
public final class ByteSizes {

    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

    private ByteSizes() {
    }

    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double v = bytes;
        int unit = 0;
        while (v >= 1024 && unit < UNITS.length - 1) {
            v /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, UNITS[unit]);
    }
}
