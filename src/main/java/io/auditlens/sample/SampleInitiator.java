package io.auditlens.sample;

import java.util.List;

/**
 * A user or service ID that calls the registry: its identity as {@code initiator} shows it, the addresses
 * it calls from, and the clients it uses for image data ({@code dataAgent}) and for API calls ({@code apiAgent}).
 */
record SampleInitiator(String id, String name, String typeUri, String credentialType, InitiatorRole role,
                       List<String> addresses, String dataAgent, String apiAgent) {
}
