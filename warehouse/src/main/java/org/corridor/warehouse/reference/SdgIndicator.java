package org.corridor.warehouse.reference;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An indicator of the SDG global indicator framework, e.g. 10.c.1 (Remittance costs as a proportion
 * of the amount remitted).
 *
 * @param target code of the target the indicator measures, e.g. 10.c
 * @param custodians the agencies responsible for global reporting of the indicator
 */
public record SdgIndicator(String code, String target, String title, List<String> custodians) {
  public SdgIndicator {
    requireNonNull(code, "code is null");
    requireNonNull(target, "target is null");
    requireNonNull(title, "title is null");
    custodians = List.copyOf(custodians);
  }
}
