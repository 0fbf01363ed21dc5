package io.auditlens.sample;

/**
 * Deviations from the usual event shape that real exports contain and readers must accept: a JSON
 * object sent as a string holding JSON, a reason code as a string, {@code dataEvent} as "true", an
 * empty {@code authnId}, and the less common time spellings.
 */
record EventQuirks(boolean requestDataAsText, boolean responseDataAsText, boolean reasonCodeAsText,
                   boolean dataEventAsText, boolean emptyAuthnId, TimeStyle timeStyle) {

    static final EventQuirks NONE = new EventQuirks(false, false, false, false, false, TimeStyle.MILLIS_COMPACT_OFFSET);

    /* About one event in twenty-five gets exactly one deviation, so each kind is rare but always present. */
    private static final int PER_THOUSAND = 40;
    private static final int KINDS = 8;

    static EventQuirks pick(SampleRandom random, boolean dataEvent) {
        if (random.nextInt(1000) >= PER_THOUSAND) {
            return NONE;
        }
        TimeStyle usual = TimeStyle.MILLIS_COMPACT_OFFSET;
        return switch (random.nextInt(KINDS)) {
            case 0 -> new EventQuirks(true, false, false, false, false, usual);
            case 1 -> new EventQuirks(false, true, false, false, false, usual);
            case 2 -> new EventQuirks(false, false, true, false, false, usual);
            case 3 -> dataEvent ? new EventQuirks(false, false, false, true, false, usual) : NONE;
            case 4 -> new EventQuirks(false, false, false, false, true, usual);
            case 5 -> withTime(TimeStyle.CENTIS_COMPACT_OFFSET);
            case 6 -> withTime(TimeStyle.MILLIS_ZULU);
            default -> withTime(TimeStyle.MILLIS_COLON_OFFSET);
        };
    }

    EventQuirks withTimeStyle(TimeStyle style) {
        return new EventQuirks(requestDataAsText, responseDataAsText, reasonCodeAsText, dataEventAsText, emptyAuthnId,
                style);
    }

    private static EventQuirks withTime(TimeStyle style) {
        return NONE.withTimeStyle(style);
    }
}
