package io.auditlens;

/** Entry point placeholder compiled to resolve dependencies. */
public final class Main {
    public static void main(String[] args) {
    }
}
