package org.corridor.api.observation;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.corridor.api.store.StoredColumn;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One observation as field name to value, read from the snapshot's columns when asked rather than
 * copied into a map: a page of a thousand observations then costs no map per row, and its JSON is
 * written straight from the columns by {@link ObservationRowSerializer}.
 */
@JsonSerialize(using = ObservationRowSerializer.class)
final class ObservationRow extends AbstractMap<String, Object> {
  private final List<StoredColumn> columns;
  private final int row;

  /**
   * @param columns the column of each of {@link ObservationFields#ALL}, in that order
   */
  ObservationRow(List<StoredColumn> columns, int row) {
    this.columns = columns;
    this.row = row;
  }

  /** The column of field number {@code field} of {@link ObservationFields#ALL}. */
  StoredColumn column(int field) {
    return columns.get(field);
  }

  int row() {
    return row;
  }

  @Override
  public Object get(Object name) {
    Integer field = ObservationFields.INDEX.get(name);
    return field == null ? null : columns.get(field).value(row);
  }

  @Override
  public boolean containsKey(Object name) {
    return ObservationFields.INDEX.containsKey(name);
  }

  @Override
  public int size() {
    return columns.size();
  }

  @Override
  public Set<Map.Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, Object>> iterator() {
        return new Iterator<>() {
          private int field;

          @Override
          public boolean hasNext() {
            return field < columns.size();
          }

          @Override
          public Map.Entry<String, Object> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            String name = ObservationFields.ALL.get(field).name();
            Object value = columns.get(field).value(row);
            field++;
            return new SimpleImmutableEntry<>(name, value);
          }
        };
      }

      @Override
      public int size() {
        return columns.size();
      }
    };
  }
}
