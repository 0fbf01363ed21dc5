package io.auditlens.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small hand-made events and files for loader tests. */
final class TestEvents {

    private TestEvents() {
    }

    /** A compact Container Registry pull event; {@code n} varies the time and correlation id. */
    static String event(int n) {
        return "{\"eventTime\":\"2026-03-04T12:%02d:%02d.123+0000\",\"action\":\"container-registry.image.pull\","
                .formatted(n / 60 % 60, n % 60)
                + "\"outcome\":\"success\",\"severity\":\"normal\","
                + "\"message\":\"Container Registry: pull image us.icr.io/team-web/api:1.4.2\","
                + "\"logSourceCRN\":\"crn:v1:bluemix:public:container-registry:us-south:a/0123::\","
                + "\"initiator\":{\"id\":\"IBMid-1\",\"name\":\"ana@example.com\",\"host\":{\"address\":\"203.0.113.7\"}},"
                + "\"target\":{\"id\":\"crn:v1:bluemix:public:container-registry:us-south:a/0123::image:us.icr.io/"
                + "team-web/api@sha256:" + "ab".repeat(32) + "\",\"name\":\"us.icr.io/team-web/api:1.4.2\"},"
                + "\"reason\":{\"reasonCode\":200},\"correlationId\":\"00000000-0000-4000-8000-%012d\"}".formatted(n);
    }

    static String lines(int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(event(i)).append('\n');
        }
        return sb.toString();
    }

    static Path write(Path dir, String name, String content) throws IOException {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    static byte[] gzip(String content) throws IOException {
        return gzip(content.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(content);
        }
        return bytes.toByteArray();
    }

    /** A zip archive with one member per (name, content) pair. */
    static byte[] zip(List<String[]> members) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String[] m : members) {
                zip.putNextEntry(new ZipEntry(m[0]));
                zip.write(m[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The SHA-256 of the bytes, in hex, as load reports give it. */
    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static LoadResult load(Path... paths) {
        return new Loader(2).load(List.of(paths));
    }
}
