package org.roundtable.accounts;

/** Where a person joins with a code: the link inside a QR code, and the address spelled out for typing. */
record JoinLinks(String baseUrl) {

  /** Canonical codes are plain letters and digits, so they need no URL encoding. */
  String url(String canonicalCode) {
    return baseUrl + "/join?code=" + canonicalCode;
  }

  /** For example {@code example.org/join}: browsers add the scheme, so people need not type it. */
  String typedAddress() {
    return baseUrl.replaceFirst("^https?://", "") + "/join";
  }
}
