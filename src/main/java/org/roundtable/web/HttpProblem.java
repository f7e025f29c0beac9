package org.roundtable.web;

/**
 * A request that cannot be served for a reason the caller should know: becomes a JSON error for the API or
 * an error page in the person's language. {@code messageKey} names the message bundle entry.
 */
public final class HttpProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String code;
  private final String messageKey;
  private final transient FieldErrors fields;

  public HttpProblem(int status, String code, String messageKey, FieldErrors fields) {
    super(code, null, false, false);
    this.status = status;
    this.code = code;
    this.messageKey = messageKey;
    this.fields = fields;
  }

  public static HttpProblem notFound() {
    return new HttpProblem(404, "not_found", "error.404.message", null);
  }

  public static HttpProblem forbidden() {
    return new HttpProblem(403, "forbidden", "error.403.message", null);
  }

  public static HttpProblem unauthorized() {
    return new HttpProblem(401, "unauthorized", "error.401.message", null);
  }

  public static HttpProblem conflict(String code, String messageKey) {
    return new HttpProblem(409, code, messageKey, null);
  }

  public static HttpProblem badRequest(String code, String messageKey) {
    return new HttpProblem(400, code, messageKey, null);
  }

  public static HttpProblem invalid(FieldErrors fields) {
    return new HttpProblem(400, "invalid", "error.invalid.message", fields);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String messageKey() {
    return messageKey;
  }

  public FieldErrors fields() {
    return fields;
  }
}
