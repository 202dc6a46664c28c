package org.corridor.api.observation;

import java.util.Arrays;
import org.corridor.api.problem.ApiErrors;

/** Which page of an answer to return: a 0-based page number and a page size. */
public record Paging(int number, int size) {
  public static final int DEFAULT_SIZE = 1000;
  static final int MAX_SIZE = 10_000;

  /** Page numbers above this could not address a row an int can count. */
  static final int MAX_NUMBER = Integer.MAX_VALUE / MAX_SIZE;

  public Paging {
    if (number < 0 || number > MAX_NUMBER) {
      throw ApiErrors.outOfRange("page", number, 0, MAX_NUMBER);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw ApiErrors.outOfRange("pageSize", size, 1, MAX_SIZE);
    }
  }

  /** First index of this page in {@code [0, total]}. */
  public int start(int total) {
    return (int) Math.min((long) number * size, total);
  }

  public int end(int total) {
    return (int) Math.min((long) number * size + size, total);
  }

  /** Where this page sits in an answer of {@code total} rows. */
  public PageInfo describe(int total) {
    return new PageInfo(number, size, total, (total + (long) size - 1) / size);
  }

  /** The rows of this page. */
  public int[] slice(int[] rows) {
    return Arrays.copyOfRange(rows, start(rows.length), end(rows.length));
  }
}
