package org.argus.web;

/**
 * A request the API answers with an error status and a JSON body {@code {"error": message,
 * "parameter": name}} ({@code parameter} only when one parameter is at fault).
 */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String parameter;

    ApiException(int status, String parameter, String message) {
        super(message);
        this.status = status;
        this.parameter = parameter;
    }

    /** 400: parameter {@code name} is wrong, for {@code reason}. */
    static ApiException badParameter(String name, String reason) {
        return new ApiException(400, name, reason);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, null, message);
    }

    int status() {
        return status;
    }

    String parameter() {
        return parameter;
    }
}
