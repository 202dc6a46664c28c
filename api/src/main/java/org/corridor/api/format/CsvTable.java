package org.corridor.api.format;

import java.util.List;

/**
 * An answer that is a table, so it can also be written as CSV: a header row of the JSON field
 * names, then one record per entry, a null being an empty field.
 */
public interface CsvTable {
  List<String> csvHeader();

  List<List<String>> csvRecords();
}
