package org.corridor.api.observation;

import java.util.Arrays;
import java.util.Set;
import java.util.function.IntPredicate;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.store.TextColumn;

/**
 * The observations of one indicator that belong to a migration corridor, its origin and destination
 * read the way the indicator's {@link CorridorIndicators.Flow} says.
 */
record CorridorSelection(String origin, String destination) {

  /** The matching rows in snapshot order, that is by area, then period. */
  int[] select(ObservationSnapshot snapshot, String indicator, CorridorIndicators.Flow flow) {
    TextColumn originColumn = snapshot.text("origin");
    TextColumn destinationColumn = snapshot.text("destination");
    IntPredicate kept =
        switch (flow) {
          case REMITTANCES ->
              originColumn
                  .holdsAnyOf(Set.of(destination))
                  .and(destinationColumn.holdsAnyOf(Set.of(origin)));
          case MIGRANTS -> {
            // Series by country of destination leave the destination column empty: the
            // observation's area is the destination then.
            IntPredicate atDestination = destinationColumn.holdsAnyOf(Set.of(destination));
            IntPredicate inArea = snapshot.text("area").holdsAnyOf(Set.of(destination));
            yield originColumn
                .holdsAnyOf(Set.of(origin))
                .and(
                    row ->
                        atDestination.test(row)
                            || (destinationColumn.code(row) == TextColumn.NULL_CODE
                                && inArea.test(row)));
          }
        };
    // Every flow fixes the origin column to one country: only the rows holding it are read.
    String originHeld = flow == CorridorIndicators.Flow.REMITTANCES ? destination : origin;
    int code = originColumn.codeOf(originHeld);
    if (code == TextColumn.NULL_CODE) {
      return new int[0];
    }
    int[] candidates =
        snapshot.postings(snapshot.rowsOf(indicator), "origin").rows(new int[] {code});
    return Arrays.stream(candidates).filter(kept).toArray();
  }
}
