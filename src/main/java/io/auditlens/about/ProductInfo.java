package io.auditlens.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The product's name, version, description and licence as the build wrote them from the pom into
 * {@code product.properties}, so the About box and {@code --version} show the version that was built.
 */
public record ProductInfo(String name, String version, String description, String license) {

    private static final String RESOURCE = "product.properties";

    /** The product information of this build, read from the class path. */
    public static ProductInfo current() {
        try (InputStream in = ProductInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the build left out " + RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ProductInfo parse(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        return new ProductInfo(required(p, "name"), required(p, "version"), required(p, "description"),
                required(p, "license"));
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key, "").strip();
        // An unfiltered "${...}" means the file was copied without Maven's filtering: say so rather than show it.
        if (value.isEmpty() || value.startsWith("${")) {
            throw new IllegalStateException(RESOURCE + " has no " + key);
        }
        return value;
    }

    /** The licences of the libraries and runtime the application carries, as the About box lists them. */
    public static String thirdPartyNotices() {
        try (InputStream in = ProductInfo.class.getResourceAsStream("notices.txt")) {
            if (in == null) {
                throw new IllegalStateException("the build left out notices.txt");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line, as {@code --version} prints it: "AuditLens 1.2.0". */
    public String nameAndVersion() {
        return name + " " + version;
    }
}
