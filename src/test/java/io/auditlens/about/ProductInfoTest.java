package io.auditlens.about;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class ProductInfoTest {

    /** The version the pom declares, read from pom.xml in the project folder (where Maven runs the tests). */
    public static String pomVersion() throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile()).getDocumentElement();
        for (var n = project.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("version")) {
                return e.getTextContent().strip();
            }
        }
        throw new AssertionError("pom.xml has no project version");
    }

    @Test
    void theBuildWroteThePomsVersionAndName() throws Exception {
        ProductInfo info = ProductInfo.current();
        assertEquals(pomVersion(), info.version());
        assertEquals("AuditLens", info.name());
        assertEquals("AuditLens " + pomVersion(), info.nameAndVersion());
        assertTrue(info.description().contains("Container Registry"), info.description());
        assertTrue(info.license().contains("Apache"), info.license());
    }

    @Test
    void aFileCopiedWithoutFilteringIsRefusedRatherThanShown() {
        String unfiltered = "name=AuditLens\nversion=${project.version}\ndescription=d\nlicense=l\n";
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ProductInfo.parse(stream(unfiltered)));
        assertTrue(e.getMessage().contains("version"), e.getMessage());
    }

    @Test
    void aMissingKeyIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ProductInfo.parse(stream("name=AuditLens\nversion=1.0\ndescription=d\n")));
        assertTrue(e.getMessage().contains("license"), e.getMessage());
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
