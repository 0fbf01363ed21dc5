package io.auditlens.ingest;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.IOContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;

/** A JSON factory whose parsers over UTF-8 bytes (arrays or streams) are {@link ValueScanningParser}s. */
final class ValueScanningFactory extends JsonFactory {

    private static final long serialVersionUID = 1L;

    ValueScanningFactory(JsonFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int len, IOContext context) throws IOException {
        if (!plainUtf8(data, offset, len)) {
            return super._createParser(data, offset, len, context); // Jackson detects BOMs and UTF-16/32
        }
        context.setEncoding(JsonEncoding.UTF8);
        return new ValueScanningParser(context, _parserFeatures, _objectCodec,
                _byteSymbolCanonicalizer.makeChildOrPlaceholder(_factoryFeatures), data, offset, offset + len);
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext context) throws IOException {
        byte[] buf = context.allocReadIOBuffer();
        int n = in.readNBytes(buf, 0, 4);
        if (!plainUtf8(buf, 0, n)) {
            byte[] head = Arrays.copyOf(buf, n);
            context.releaseReadIOBuffer(buf);
            // The sequence closes each stream it reaches the end of; the loader's stream must stay open.
            InputStream open = new java.io.FilterInputStream(in) {
                @Override
                public void close() {
                    // closed by its owner, after the file's SHA-256 is finished
                }
            };
            return super._createParser(new SequenceInputStream(new ByteArrayInputStream(head), open), context);
        }
        context.setEncoding(JsonEncoding.UTF8);
        return new ValueScanningParser(context, _parserFeatures, in, _objectCodec,
                _byteSymbolCanonicalizer.makeChildOrPlaceholder(_factoryFeatures), buf, n);
    }

    /** No byte order mark and no zero byte up front, which UTF-16 and UTF-32 text would have. */
    private static boolean plainUtf8(byte[] data, int offset, int len) {
        if (len > 0 && ((data[offset] & 0xFF) == 0xEF || (data[offset] & 0xFF) >= 0xFE)) {
            return false;
        }
        for (int i = offset; i < offset + Math.min(len, 4); i++) {
            if (data[i] == 0) {
                return false;
            }
        }
        return true;
    }
}
