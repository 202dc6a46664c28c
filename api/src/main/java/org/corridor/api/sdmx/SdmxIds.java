package org.corridor.api.sdmx;

/**
 * Turns the warehouse's values into SDMX code ids. SDMX ids allow only letters, digits, {@code _},
 * {@code @}, {@code $} and {@code -}; the dot separates key positions and {@code +} ORs codes, so
 * an indicator code such as 17.3.2 becomes 17_3_2, its codelist entry naming the original. Two
 * values differing only in such characters (10.c.1 and 10_c_1) would share an id; the catalogue's
 * codes do not.
 */
final class SdmxIds {
  /** SDMX's code for "not applicable", standing for a null disaggregation. */
  static final String NOT_APPLICABLE = "_Z";

  static final String NOT_APPLICABLE_NAME = "Not applicable";

  private SdmxIds() {}

  /** The code id of a value; {@link #NOT_APPLICABLE} for null. */
  static String of(String value) {
    if (value == null) {
      return NOT_APPLICABLE;
    }
    char[] id = value.toCharArray();
    for (int i = 0; i < id.length; i++) {
      if (!isIdCharacter(id[i])) {
        id[i] = '_';
      }
    }
    return new String(id);
  }

  static boolean isId(String text) {
    return !text.isEmpty() && text.chars().allMatch(c -> isIdCharacter((char) c));
  }

  private static boolean isIdCharacter(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '@'
        || c == '$'
        || c == '-';
  }
}
