package io.auditlens.timeline;

/**
 * One line of the Digests list: a digest's figures and its events per slice of the selection's span (see
 * {@link DigestActivity}), whichever engine counted them.
 *
 * @param summary  the digest's figures
 * @param activity its events per slice, in time order
 */
public record DigestLine(DigestSummary summary, int[] activity) {

    public DigestLine {
        activity = activity.clone();
    }

    @Override
    public int[] activity() {
        return activity.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DigestLine line && summary.equals(line.summary)
                && java.util.Arrays.equals(activity, line.activity);
    }

    @Override
    public int hashCode() {
        return 31 * summary.hashCode() + java.util.Arrays.hashCode(activity);
    }

    @Override
    public String toString() {
        return summary + " " + java.util.Arrays.toString(activity);
    }
}
