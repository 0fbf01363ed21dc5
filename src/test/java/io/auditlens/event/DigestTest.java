package io.auditlens.event;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DigestTest {

    private static final String HEX = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String DIGEST = "sha256:" + HEX;
    private static final String OTHER = "sha256:" + "0".repeat(64);

    @Test
    void findsADigestInsideText() {
        assertEquals(DIGEST, Digest.find("crn:v1:bluemix:public:container-registry:us-south:a/x::image:us.icr.io/ns/r@"
                + DIGEST));
        assertEquals(DIGEST, Digest.find(DIGEST));
        assertEquals(DIGEST, Digest.find("us.icr.io/ns/r@" + DIGEST + " trailing"));
    }

    @Test
    void upperCaseHexAndPrefixAreLowerCased() {
        assertEquals(DIGEST, Digest.find("us.icr.io/ns/r@SHA256:" + HEX.toUpperCase()));
        assertEquals(DIGEST, Digest.find("Sha256:" + HEX.toUpperCase()));
    }

    @Test
    void theFirstDigestWins() {
        assertEquals(DIGEST, Digest.find("a@" + DIGEST + " b@" + OTHER));
        assertEquals(OTHER, Digest.find("a@" + OTHER + " b@" + DIGEST));
    }

    @Test
    void aDigestNeedsExactlySixtyFourHexDigits() {
        assertNull(Digest.find("sha256:" + HEX.substring(1)), "63 hex digits");
        assertNull(Digest.find("sha256:" + HEX + "a"), "65 hex digits");
        assertNull(Digest.find("sha256:" + HEX.substring(1) + "g"), "a non-hex 64th character");
        assertNull(Digest.find("sha256:"));
        assertNull(Digest.find("sha512:" + HEX + HEX));
        assertNull(Digest.find(""));
        assertNull(Digest.find(null));
    }

    @Test
    void aTooShortRunDoesNotHideALaterDigest() {
        assertEquals(DIGEST, Digest.find("sha256:abc, then " + DIGEST));
    }

    @Test
    void nonAsciiDigitsAreNotHex() {
        // Character.digit accepts full-width and other Unicode digits; a digest is ASCII only.
        String fullWidth = "\uFF10".repeat(64);
        assertNull(Digest.find("sha256:" + fullWidth));
        assertFalse(Digest.isDigest("sha256:" + fullWidth));
        assertNull(Digest.find("sha256:" + "\u0661".repeat(64)), "Arabic-Indic digits");
    }

    @Test
    void targetIdIsPreferredOverTargetName() {
        assertEquals(DIGEST, Digest.fromTarget("crn:...::image:us.icr.io/ns/r@" + DIGEST, "us.icr.io/ns/r@" + OTHER));
        assertEquals(OTHER, Digest.fromTarget("crn:...::namespace:ns", "us.icr.io/ns/r@" + OTHER));
        assertEquals(OTHER, Digest.fromTarget(null, "us.icr.io/ns/r@" + OTHER));
        assertNull(Digest.fromTarget(null, "us.icr.io/ns/r:1.0"));
        assertNull(Digest.fromTarget(null, null));
    }

    @Test
    void isDigestAndShortForm() {
        assertTrue(Digest.isDigest(DIGEST));
        assertTrue(Digest.isDigest("SHA256:" + HEX.toUpperCase()));
        assertFalse(Digest.isDigest("x" + DIGEST));
        assertFalse(Digest.isDigest(DIGEST + " "));
        assertFalse(Digest.isDigest(null));
        assertEquals("sha256:9f86d081884c", Digest.shortForm(DIGEST));
        assertEquals("", Digest.shortForm(null));
    }

    @Property(tries = 1000)
    void anyHexInAnyCaseIsFoundLowerCased(@ForAll @StringLength(64) @CharRange(from = '0', to = '9')
                                          @CharRange(from = 'a', to = 'f') @CharRange(from = 'A', to = 'F') String hex,
                                          @ForAll @NumericChars @StringLength(max = 5) String before) {
        String text = "image:" + before + "/ns/r@sha256:" + hex;
        assertEquals("sha256:" + hex.toLowerCase(), Digest.find(text));
    }
}
