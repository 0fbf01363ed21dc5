package io.auditlens.ingest;

import java.io.IOException;

/** A Parquet input that cannot be read, or is not an IBM Cloud Logs archive; the message is the file's one-line error. */
final class ParquetException extends IOException {

    ParquetException(String message) {
        super(message);
    }
}
