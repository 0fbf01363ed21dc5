package io.auditlens.sample;

import java.util.List;

/** What a pushed manifest looks like from outside: its media type, size in bytes and number of layers. */
record ImageManifest(String mediaType, int size, int layers) {

    private static final List<String> MEDIA_TYPES = List.of(
            "application/vnd.oci.image.manifest.v1+json",
            "application/vnd.docker.distribution.manifest.v2+json",
            "application/vnd.oci.image.index.v1+json");

    static ImageManifest random(SampleRandom random) {
        int r = random.nextInt(100);
        String type = MEDIA_TYPES.get(r < 55 ? 0 : r < 85 ? 1 : 2);
        int layers = random.between(2, 14);
        return new ImageManifest(type, 400 + layers * 160 + random.nextInt(300), layers);
    }
}
