package io.auditlens.sample;

/** What a caller of the registry is for; it decides which actions the caller performs and with which client. */
enum InitiatorRole {
    /** A person at a laptop or in the console. */
    PERSON,
    /** A CI pipeline building, pushing and signing images. */
    BUILD,
    /** A Kubernetes cluster pulling images onto its nodes. */
    CLUSTER,
    /** A scanner reading Vulnerability Advisor results. */
    SCANNER,
    /** Infrastructure automation managing settings, namespaces and policies. */
    AUTOMATION
}
