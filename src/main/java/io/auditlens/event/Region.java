package io.auditlens.event;

/** A location where Container Registry events are generated, as IBM's documentation lists it. */
public record Region(String code, String city, Geography geography) {

    /** "Dallas (us-south)", or just the code when the city is not known. */
    public String displayName() {
        return city.isEmpty() ? code : city + " (" + code + ")";
    }
}
