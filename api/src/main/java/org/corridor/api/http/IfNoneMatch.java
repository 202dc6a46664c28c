package org.corridor.api.http;

import java.util.Enumeration;

/**
 * Evaluates If-None-Match per RFC 9110 section 13.1.2: {@code *} matches any current
 * representation; otherwise the header lists entity tags, and one matches by weak comparison (a
 * {@code W/} prefix on either side is ignored). An unparseable header matches nothing, so the full
 * answer is sent.
 */
final class IfNoneMatch {
  private IfNoneMatch() {}

  /** Whether any If-None-Match header line matches the quoted strong tag. */
  static boolean matches(Enumeration<String> headers, String tag) {
    while (headers.hasMoreElements()) {
      if (lineMatches(headers.nextElement(), tag)) {
        return true;
      }
    }
    return false;
  }

  private static boolean lineMatches(String line, String tag) {
    String trimmed = line.strip();
    if (trimmed.equals("*")) {
      return true;
    }
    int at = 0;
    while (at < trimmed.length()) {
      char c = trimmed.charAt(at);
      if (c == ',' || c == ' ' || c == '\t') {
        at++;
        continue;
      }
      if (trimmed.startsWith("W/", at)) {
        at += 2;
      }
      // An opaque tag may contain commas but never a quote, so it ends at the next quote.
      if (at >= trimmed.length() || trimmed.charAt(at) != '"') {
        return false;
      }
      int end = trimmed.indexOf('"', at + 1);
      if (end < 0) {
        return false;
      }
      if (trimmed.substring(at, end + 1).equals(tag)) {
        return true;
      }
      at = end + 1;
    }
    return false;
  }
}
