package org.corridor.api.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Numbers the distinct values of a string column in order of first appearance, looked up by their
 * UTF-8 bytes so that a row's value is never decoded into a string: decoding every row was most of
 * the load time, and a column has few distinct values.
 */
final class AppearanceCodes {
  private byte[][] keys = new byte[16][];
  private int[] codes = new int[16];
  private final List<String> values = new ArrayList<>();

  /** The code of a value given as UTF-8 bytes, numbering it if it is new. */
  int codeOf(byte[] utf8) {
    int slot = slotOf(utf8);
    if (keys[slot] != null) {
      return codes[slot];
    }
    return register(slot, utf8, new String(utf8, StandardCharsets.UTF_8));
  }

  /** The code of a value, numbering it if it is new. */
  int codeOf(String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    int slot = slotOf(utf8);
    return keys[slot] != null ? codes[slot] : register(slot, utf8, value);
  }

  /** The values, the one numbered {@code i} at index {@code i}. */
  List<String> values() {
    return values;
  }

  private int register(int slot, byte[] utf8, String value) {
    int code = values.size();
    keys[slot] = utf8;
    codes[slot] = code;
    values.add(value);
    // Keeping the table at most half full keeps probe sequences short.
    if (values.size() * 2 > keys.length) {
      grow();
    }
    return code;
  }

  /** The slot holding a value, or the empty slot where it belongs. */
  private int slotOf(byte[] utf8) {
    int mask = keys.length - 1;
    int slot = mix(Arrays.hashCode(utf8)) & mask;
    while (keys[slot] != null && !Arrays.equals(keys[slot], utf8)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    byte[][] oldKeys = keys;
    int[] oldCodes = codes;
    keys = new byte[oldKeys.length * 2][];
    codes = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int old = 0; old < oldKeys.length; old++) {
      if (oldKeys[old] != null) {
        int slot = mix(Arrays.hashCode(oldKeys[old])) & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[old];
        codes[slot] = oldCodes[old];
      }
    }
  }

  /** Spreads the hash's high bits into the low ones the mask keeps. */
  private static int mix(int hash) {
    int mixed = hash * 0x9E3779B9;
    return mixed ^ (mixed >>> 16);
  }
}
