package org.corridor.warehouse.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The four categories SDG 10.7.2 places a country's policy score in, in code order. A country's
 * {@code CATEGORY} series holds the code; a group's {@code SHARE_<name>} series the share of its
 * responding countries in the category.
 */
public enum PolicyCategory {
  REQUIRES_FURTHER_PROGRESS(1),
  PARTIALLY_MEETS(2),
  MEETS(3),
  FULLY_MEETS(4);

  /** The series of a country's category code. */
  public static final String CODE_SERIES = "CATEGORY";

  private final int code;

  PolicyCategory(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The series of a group's share of countries in this category. */
  public String shareSeries() {
    return "SHARE_" + name();
  }

  public static Optional<PolicyCategory> ofCode(double code) {
    return Arrays.stream(values()).filter(category -> category.code == code).findFirst();
  }

  public static List<String> shareSeriesInCodeOrder() {
    return Arrays.stream(values()).map(PolicyCategory::shareSeries).toList();
  }
}
