package io.auditlens.sample;

import java.util.ArrayList;
import java.util.List;

/** One pushed digest and its state as the registry sees it: tags, scan status, signature, trash. */
final class StoredImage {

    private final SampleRepository repository;
    private final String digest;
    private final long pushedAt;
    private final ImageManifest manifest;
    private final List<String> tags = new ArrayList<>();
    private String status = VulnerabilityStatus.UNSCANNED;
    private String reportId;
    private String signatureMethod;
    private long deletedAt = -1;
    private List<String> tagsBeforeDelete = List.of();

    StoredImage(SampleRepository repository, String digest, long pushedAt, ImageManifest manifest) {
        this.repository = repository;
        this.digest = digest;
        this.pushedAt = pushedAt;
        this.manifest = manifest;
    }

    SampleRepository repository() {
        return repository;
    }

    String digest() {
        return digest;
    }

    long pushedAt() {
        return pushedAt;
    }

    ImageManifest manifest() {
        return manifest;
    }

    /** Live list of the tags pointing at this image; changed only through the repository. */
    List<String> tags() {
        return tags;
    }

    /** {@code host/ns/repo@sha256:...}: the unique reference {@code target.id} is built from. */
    String digestRef() {
        return repository.ref() + "@" + digest;
    }

    String tagRef(String tag) {
        return repository.ref() + ":" + tag;
    }

    String crn() {
        return repository.location().resourceCrn("image", digestRef());
    }

    String status() {
        return status;
    }

    String reportId() {
        return reportId;
    }

    void scanned(String newStatus, String newReportId) {
        this.status = newStatus;
        this.reportId = newReportId;
    }

    String signatureMethod() {
        return signatureMethod;
    }

    boolean signed() {
        return signatureMethod != null;
    }

    void sign(String method) {
        this.signatureMethod = method;
    }

    void unsign() {
        this.signatureMethod = null;
    }

    long deletedAt() {
        return deletedAt;
    }

    /** Moves the image to the trash; its tags are remembered so a restore can bring them back. */
    void trashed(long time) {
        deletedAt = time;
        tagsBeforeDelete = List.copyOf(tags);
        for (String tag : tagsBeforeDelete) {
            repository.dropTag(tag, this);
        }
    }

    /** Brings the image back with those of its old tags that no other image took meanwhile. */
    List<String> restored() {
        deletedAt = -1;
        List<String> back = new ArrayList<>();
        for (String tag : tagsBeforeDelete) {
            if (repository.imageTagged(tag) == null) {
                repository.pointTag(tag, this);
                back.add(tag);
            }
        }
        tagsBeforeDelete = List.of();
        return back;
    }
}
