package org.corridor.api.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The entity tag of an answer: a hash of everything the answer depends on, namely the Delta
 * versions of the tables served (the gold tables of observations, progress and vintages, where a
 * new vintage changes what {@code ?vintage=} answers, and the silver activity tables), the path,
 * the query parameters normalised, and the Accept header (which picks the representation). Two
 * requests that can only get the same bytes share a tag.
 *
 * <p>Normalising the query: parameter names are sorted, repeated parameters are merged, and each
 * value is split on commas; the parts are sorted because every list parameter is a set of values to
 * keep (area, series, sex, ...). The parameters whose order changes the answer, {@link #ORDERED},
 * keep their parts in the order given.
 */
final class EntityTag {
  /** Parameters whose comma-separated parts are a sequence, not a set. */
  static final Set<String> ORDERED = Set.of("sort");

  private EntityTag() {}

  /** The strong tag, quoted as in an ETag header. */
  static String of(String tableVersions, String path, Map<String, String[]> query, String accept) {
    StringBuilder key = new StringBuilder();
    key.append(tableVersions).append('\n').append(path).append('\n').append(accept).append('\n');
    new TreeMap<>(query)
        .forEach((name, values) -> key.append(name).append('=').append(parts(name, values)));
    return "\"" + tableVersions + "-" + hash(key.toString()) + "\"";
  }

  private static String parts(String name, String[] values) {
    List<String> parts = new ArrayList<>();
    for (String value : values) {
      parts.addAll(List.of(value.split(",", -1)));
    }
    if (!ORDERED.contains(name)) {
      parts.sort(null);
    }
    return String.join(",", parts) + "\n";
  }

  private static String hash(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
