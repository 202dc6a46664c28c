package org.corridor.api.sdmx;

import java.util.Optional;

/**
 * One component of the data structure: a dimension, attribute or the measure, with the column of
 * {@code gold.indicator_observation} it reads.
 *
 * @param codelist id of the codelist its values come from; empty for an uncoded component
 */
record Component(String id, String name, String column, Optional<String> codelist) {

  static Component coded(String id, String name, String column, String codelist) {
    return new Component(id, name, column, Optional.of(codelist));
  }

  static Component uncoded(String id, String name, String column) {
    return new Component(id, name, column, Optional.empty());
  }
}
