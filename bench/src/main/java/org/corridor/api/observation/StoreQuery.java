package org.corridor.api.observation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.vintage.Edition;

/**
 * One observation request answered from a snapshot by the same selection, latest, order and page
 * code as {@code ObservationController}, up to the page the controller hands to Jackson; in the
 * controller's package because that code is package-private.
 */
public final class StoreQuery {
  private static final Edition LATEST = new Edition(null, null);

  private final ObservationQuery query;

  private StoreQuery(ObservationQuery query) {
    this.query = query;
  }

  /**
   * A request as its query parameters give it.
   *
   * @param areas area codes; empty for every area
   * @param from first year, or null
   * @param to last year, or null
   * @param breakdowns query parameter (origin, destination, sex...) to its values
   * @param latest the {@code latest} parameter, or null
   */
  public static StoreQuery of(
      String indicator,
      Set<String> areas,
      String from,
      String to,
      Map<String, List<String>> breakdowns,
      Integer latest) {
    for (String parameter : breakdowns.keySet()) {
      if (!Breakdowns.COLUMNS.containsKey(parameter)) {
        throw new IllegalArgumentException(
            parameter + " is not a breakdown parameter; one of " + Breakdowns.COLUMNS.keySet());
      }
    }
    return new StoreQuery(
        new ObservationQuery(
            indicator,
            Set.copyOf(areas),
            YearRange.parse(from, to),
            Breakdowns.of(
                breakdowns.get("series"),
                breakdowns.get("sex"),
                breakdowns.get("age"),
                breakdowns.get("origin"),
                breakdowns.get("destination"),
                breakdowns.get("providerType"),
                breakdowns.get("policyDomain")),
            latest,
            ObservationOrder.AREA));
  }

  /**
   * The first page of the answer as the controller hands it to Jackson, every value of it read, as
   * DuckDB's side reads every value of its rows; answers how many values are present. Encoding the
   * JSON is measured by the HTTP figures.
   */
  public long answer(ObservationSnapshot snapshot) {
    ObservationPage page =
        ObservationPage.of(
            query.indicator(),
            LATEST,
            snapshot,
            query.rows(snapshot),
            new Paging(0, Paging.DEFAULT_SIZE));
    long present = 0;
    for (Map<String, Object> observation : page.observations()) {
      for (Object value : observation.values()) {
        if (value != null) {
          present++;
        }
      }
    }
    return present;
  }

  /** How many observations the answer holds over all its pages. */
  public int count(ObservationSnapshot snapshot) {
    return query.rows(snapshot).length;
  }
}
