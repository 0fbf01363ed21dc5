package io.auditlens.event;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ImageRefTest {

    private static final String DIGEST = "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void hostNamespaceRepositoryAndTag() {
        assertEquals(new ImageRef("us.icr.io", "team-web", "us.icr.io/team-web/api", "1.4.2", null),
                ImageRef.parse("us.icr.io/team-web/api:1.4.2"));
    }

    @Test
    void byDigest() {
        assertEquals(new ImageRef("us.icr.io", "team-web", "us.icr.io/team-web/api", null, DIGEST),
                ImageRef.parse("us.icr.io/team-web/api@" + DIGEST));
        assertEquals(DIGEST, ImageRef.parse("us.icr.io/team-web/api@" + DIGEST.toUpperCase().replace("SHA", "sha"))
                .digest(), "digests are lower-cased");
    }

    @Test
    void tagAndDigestTogether() {
        assertEquals(new ImageRef("de.icr.io", "ns", "de.icr.io/ns/api", "2.0", DIGEST),
                ImageRef.parse("de.icr.io/ns/api:2.0@" + DIGEST));
    }

    @Test
    void withoutTag() {
        assertEquals(new ImageRef("uk.icr.io", "ops", "uk.icr.io/ops/proxy", null, null),
                ImageRef.parse("uk.icr.io/ops/proxy"));
    }

    @Test
    void nestedRepositoryPath() {
        assertEquals(new ImageRef("jp2.icr.io", "retail", "jp2.icr.io/retail/batch/etl/nightly", "v3", null),
                ImageRef.parse("jp2.icr.io/retail/batch/etl/nightly:v3"));
    }

    @Test
    void portInHost() {
        assertEquals(new ImageRef("registry.example.com:5000", "ns", "registry.example.com:5000/ns/repo", "1.0", null),
                ImageRef.parse("registry.example.com:5000/ns/repo:1.0"));
        assertEquals(new ImageRef("localhost:5000", "ns", "localhost:5000/ns/repo", null, null),
                ImageRef.parse("localhost:5000/ns/repo"));
        assertEquals(new ImageRef("localhost", "ns", "localhost/ns/repo", "dev", null),
                ImageRef.parse("localhost/ns/repo:dev"));
    }

    @Test
    void withoutHost() {
        assertEquals(new ImageRef(null, "team-web", "team-web/api", "1.0", null), ImageRef.parse("team-web/api:1.0"));
    }

    @Test
    void namespaceOnly() {
        assertEquals(new ImageRef("us.icr.io", "team-web", null, null, null), ImageRef.parse("us.icr.io/team-web"));
    }

    @Test
    void notAnImage() {
        assertNull(ImageRef.parse(null));
        assertNull(ImageRef.parse(""));
        assertNull(ImageRef.parse("api"));
        assertNull(ImageRef.parse("us.icr.io"));
        assertNull(ImageRef.parse("us.icr.io/"));
    }

    @Test
    void emptyTagIsNoTag() {
        assertNull(ImageRef.parse("us.icr.io/ns/repo:").tag());
    }

    @Test
    void hostOf() {
        assertEquals("us.icr.io", ImageRef.hostOf("us.icr.io/ns/repo:1"));
        assertEquals("icr.io", ImageRef.hostOf("icr.io"));
        assertEquals("localhost:5000", ImageRef.hostOf("localhost:5000/ns/repo"));
        assertNull(ImageRef.hostOf("ns/repo:1"));
        assertNull(ImageRef.hostOf(null));
    }
}
