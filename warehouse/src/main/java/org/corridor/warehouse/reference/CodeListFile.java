package org.corridor.warehouse.reference;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.corridor.warehouse.WarehouseErrors;

/**
 * A code list as Corridor ships it: a UTF-8 CSV file with a header row, whose rows report problems
 * with the file name and line so that a bad entry can be found and fixed.
 */
public final class CodeListFile {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  private final String name;
  private final List<Row> rows;

  private CodeListFile(String name, List<Row> rows) {
    this.name = name;
    this.rows = List.copyOf(rows);
  }

  /** Reads a code list shipped on the classpath next to {@code anchor}. */
  public static CodeListFile resource(Class<?> anchor, String name, String... columns) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw WarehouseErrors.missingResource(name);
      }
      return parse(name, new InputStreamReader(in, StandardCharsets.UTF_8), columns);
    } catch (IOException e) {
      throw WarehouseErrors.unreadableCodeList(name, e);
    }
  }

  /**
   * Parses a code list, rejecting it when a required column is missing.
   *
   * @param name the file name used in error messages
   * @param columns the columns every row must have
   */
  public static CodeListFile parse(String name, Reader csv, String... columns) {
    requireNonNull(name, "name is null");
    requireNonNull(csv, "csv is null");
    try (CSVParser parser = FORMAT.parse(csv)) {
      List<String> header = parser.getHeaderNames();
      for (String column : columns) {
        if (!header.contains(column)) {
          throw WarehouseErrors.invalidCodeList(
              name, "the header has no column " + column + " (it has " + header + ")");
        }
      }
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(new Row(name, record));
      }
      return new CodeListFile(name, rows);
    } catch (IOException e) {
      throw WarehouseErrors.unreadableCodeList(name, e);
    }
  }

  public String name() {
    return name;
  }

  public List<Row> rows() {
    return rows;
  }

  /** An error about the file as a whole, such as a missing entry. */
  public IllegalStateException invalid(String problem) {
    return WarehouseErrors.invalidCodeList(name, problem);
  }

  /** One data row of a code list; values are trimmed and an empty value counts as absent. */
  public static final class Row {
    private final String file;
    private final CSVRecord record;

    private Row(String file, CSVRecord record) {
      this.file = file;
      this.record = record;
    }

    /** The line of the file the row is on; the header is line 1. */
    public long line() {
      return record.getRecordNumber() + 1;
    }

    public String required(String column) {
      return optional(column)
          .orElseThrow(() -> invalid("column " + column + " is empty but must have a value"));
    }

    public Optional<String> optional(String column) {
      String value = record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
      String trimmed = value.strip();
      return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
    }

    /** An error about this row, naming its line. */
    public IllegalStateException invalid(String problem) {
      return WarehouseErrors.invalidCodeList(file, "line " + line() + ": " + problem);
    }
  }
}
