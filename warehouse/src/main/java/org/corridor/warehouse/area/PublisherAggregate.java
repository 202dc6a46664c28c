package org.corridor.warehouse.area;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An aggregate row a publisher puts among its countries (WDI's WLD, SSF, LMY, ...). Such rows are
 * recognised and kept out of country facts; where the aggregate matches one of Corridor's own,
 * {@code area} names it, so the publisher's figure can be compared with Corridor's.
 */
public record PublisherAggregate(String publisherCode, String name, Optional<String> area) {
  public PublisherAggregate {
    requireNonNull(publisherCode, "publisherCode is null");
    requireNonNull(name, "name is null");
    requireNonNull(area, "area is null");
  }
}
