package io.auditlens.sample;

/** How an event ended: {@code outcome}, {@code severity} and the {@code reason} block. */
record EventResult(String outcome, String severity, int reasonCode, String reasonType, String reasonForFailure) {

    boolean failed() {
        return "failure".equals(outcome);
    }

    static EventResult success(int code, String severity) {
        return new EventResult("success", severity, code, reasonType(code), null);
    }

    static EventResult pending(String severity) {
        return new EventResult("pending", severity, 202, reasonType(202), null);
    }

    static EventResult failure(int code) {
        return new EventResult("failure", "warning", code, reasonType(code), failureText(code));
    }

    private static String reasonType(int code) {
        return switch (code) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 204 -> "No Content";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            default -> "Internal Server Error";
        };
    }

    private static String failureText(int code) {
        return switch (code) {
            case 401 -> "The credentials in the request are not valid or have expired.";
            case 403 -> "You are not authorized to perform this action in the namespace.";
            case 404 -> "The requested resource does not exist.";
            default -> "The registry could not complete the request. Try again later.";
        };
    }
}
