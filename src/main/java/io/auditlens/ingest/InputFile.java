package io.auditlens.ingest;

import java.nio.file.Path;

/** One file to load, with the path shown in reports (as given, or folder-relative for expanded folders). */
record InputFile(Path path, String displayPath) {
}
