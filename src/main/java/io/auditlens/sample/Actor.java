package io.auditlens.sample;

/** Who performed one event: the initiator, the address the call came from and the client's user agent. */
record Actor(SampleInitiator initiator, String address, String agent) {

    String addressType() {
        return address.indexOf(':') >= 0 ? "IPv6" : "IPv4";
    }
}
