package io.auditlens.packaging;

import io.auditlens.about.ProductInfo;
import io.auditlens.about.ProductInfoTest;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The jpackage configuration in packaging/ is consistent: every file it names exists, icons, file types, version. */
class PackagingConfigurationTest {

    private static final Path PACKAGING = Path.of("packaging");
    private static final Set<String> EXTENSIONS = Set.of("ndjson", "jsonl", "json.gz", "alcase");
    private static final Pattern ICON_SIZES = Pattern.compile("for size in ([0-9 ]+); do");
    private static final List<String> ARG_FILES = List.of("product.args", "app-image.args", "linux/app-image.args",
            "linux/deb.args", "windows/app-image.args", "windows/msi.args", "macos/app-image.args", "macos/dmg.args");
    private static final Set<String> PATH_OPTIONS = Set.of("--icon", "--file-associations", "--license-file",
            "--resource-dir");

    @Test
    void everyFileTheArgumentFilesNameExists() throws IOException {
        for (String argFile : ARG_FILES) {
            for (String[] option : options(PACKAGING.resolve(argFile))) {
                if (PATH_OPTIONS.contains(option[0])) {
                    assertTrue(Files.exists(Path.of(option[1])), argFile + ": " + option[1] + " is missing");
                }
                if (option[0].equals("--add-launcher")) {
                    Path properties = Path.of(option[1].substring(option[1].indexOf('=') + 1));
                    assertTrue(Files.isRegularFile(properties), argFile + ": " + properties + " is missing");
                }
            }
        }
    }

    @Test
    void theFourFileTypesAreAssociatedOnEveryPlatform() throws IOException {
        Set<String> extensions = new TreeSet<>();
        List<Path> associations = new ArrayList<>();
        try (var files = Files.list(PACKAGING.resolve("associations"))) {
            files.sorted().forEach(associations::add);
        }
        for (Path file : associations) {
            Properties p = properties(file);
            extensions.add(p.getProperty("extension"));
            assertTrue(p.getProperty("mime-type", "").matches("application/[a-z0-9.+-]+"), file + " has no MIME type");
            assertTrue(!p.getProperty("description", "").isBlank(), file + " has no description");
        }
        assertEquals(new TreeSet<>(EXTENSIONS), extensions);
        for (String installer : List.of("linux/deb.args", "windows/msi.args", "macos/app-image.args")) {
            List<String> named = options(PACKAGING.resolve(installer)).stream()
                    .filter(o -> o[0].equals("--file-associations")).map(o -> o[1]).toList();
            for (Path file : associations) {
                assertTrue(named.contains(file.toString().replace('\\', '/')), installer + " leaves out " + file);
            }
        }
    }

    @Test
    void theDesktopEntryOpensFilesAndListsTheirTypes() throws IOException {
        List<String> lines = Files.readAllLines(PACKAGING.resolve("linux/resources/auditlens.desktop"));
        assertEquals("[Desktop Entry]", lines.get(0));
        assertTrue(lines.contains("Exec=APPLICATION_LAUNCHER %F"), "files opened from the desktop must reach the launcher");
        assertTrue(lines.contains("Icon=auditlens"), "the icon is the one postinst installs in every size");
        String mimeTypes = lines.stream().filter(l -> l.startsWith("MimeType=")).findFirst().orElseThrow();
        assertTrue(mimeTypes.endsWith(";"), mimeTypes);
        Set<String> listed = new TreeSet<>(List.of(mimeTypes.substring("MimeType=".length()).split(";")));
        Set<String> associated = new TreeSet<>();
        try (var files = Files.list(PACKAGING.resolve("associations"))) {
            for (Path file : files.toList()) {
                associated.add(properties(file).getProperty("mime-type"));
            }
        }
        assertEquals(associated, listed, "the desktop entry lists the MIME types of the file associations");
        String categories = lines.stream().filter(l -> l.startsWith("Categories=")).findFirst().orElseThrow();
        assertTrue(categories.endsWith(";") && categories.length() > "Categories=".length(), categories);
    }

    @Test
    void theDebianMaintainerScriptsKeepWhatJpackagesTemplatesNeed() throws IOException {
        String prerm = Files.readString(PACKAGING.resolve("linux/resources/prerm"));
        // jpackage's COMMON_SCRIPTS ask which kind of package owns a file; without this prerm exits 1 and the
        // package cannot be removed (found by a real dpkg -r, see packaging/install-test.sh).
        assertTrue(prerm.indexOf("package_type=deb") >= 0
                && prerm.indexOf("package_type=deb") < prerm.indexOf("COMMON_SCRIPTS"), "prerm sets package_type first");
        for (String script : List.of("postinst", "prerm")) {
            String text = Files.readString(PACKAGING.resolve("linux/resources/" + script));
            String commands = script.equals("postinst") ? "DESKTOP_COMMANDS_INSTALL" : "DESKTOP_COMMANDS_UNINSTALL";
            // The desktop commands fail on a system without a desktop menu; they sit in a function whose failure
            // is tolerated, so the command-line part still installs and removes.
            assertTrue(Pattern.compile("_desktop_entry\\(\\) \\{\n" + commands + "\n\\}").matcher(text).find(),
                    script + " keeps " + commands + " in a function of its own");
            assertTrue(text.contains("_desktop_entry || true"), script + " tolerates a system without a desktop menu");
        }
    }

    @Test
    void everyIconSizeTheInstallerRegistersIsRenderedAtThatSize() throws IOException {
        assertTrue(Files.isRegularFile(Path.of("assets/auditlens-icon.svg")), "the icon's SVG source");
        Set<String> sizes = new TreeSet<>();
        for (String script : List.of("linux/resources/postinst", "linux/resources/prerm", "render-icons.sh")) {
            Matcher m = ICON_SIZES.matcher(Files.readString(PACKAGING.resolve(script)));
            assertTrue(m.find(), script + " names no icon sizes");
            sizes.addAll(List.of(m.group(1).trim().split(" +")));
        }
        for (String size : sizes) {
            Path png = PACKAGING.resolve("icons/auditlens-" + size + ".png");
            BufferedImage image = ImageIO.read(png.toFile());
            assertNotNull(image, png + " is not a PNG");
            assertEquals(Integer.parseInt(size), image.getWidth(), png.toString());
            assertEquals(Integer.parseInt(size), image.getHeight(), png.toString());
        }
        assertTrue(Files.size(PACKAGING.resolve("windows/auditlens.ico")) > 0);
    }

    @Test
    void thePackagesCarryThePomsVersion() throws Exception {
        // build.sh gives jpackage the version from the resource the build filtered, the one --version prints.
        assertEquals(ProductInfoTest.pomVersion(), ProductInfo.current().version());
        String build = Files.readString(PACKAGING.resolve("build.sh"));
        assertTrue(build.contains("about/product.properties") && build.contains("--app-version \"$app_version\""));
        try (InputStream in = getClass().getResourceAsStream("/io/auditlens/about/product.properties")) {
            assertNotNull(in);
        }
    }

    /** The options of a jpackage argument file: one per line, "#" comments, quotes around values with spaces. */
    private static List<String[]> options(Path argFile) throws IOException {
        List<String[]> options = new ArrayList<>();
        for (String line : Files.readAllLines(argFile)) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            int space = s.indexOf(' ');
            String value = space < 0 ? "" : s.substring(space + 1).strip().replaceAll("^\"|\"$", "");
            options.add(new String[] {space < 0 ? s : s.substring(0, space), value});
        }
        return options;
    }

    private static Properties properties(Path file) throws IOException {
        Properties p = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            p.load(reader);
        }
        return p;
    }
}
