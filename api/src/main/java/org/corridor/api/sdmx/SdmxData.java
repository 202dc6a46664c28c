package org.corridor.api.sdmx;

import java.util.List;
import org.corridor.api.store.ObservationSnapshot;

/**
 * The answer to a data query: the matching observations of one snapshot grouped into series, each
 * series' rows in time order.
 *
 * @param flatObservations true when dimensionAtObservation=AllDimensions: every dimension sits at
 *     observation level and SDMX-JSON writes no series
 */
record SdmxData(ObservationSnapshot snapshot, List<int[]> series, boolean flatObservations) {}
