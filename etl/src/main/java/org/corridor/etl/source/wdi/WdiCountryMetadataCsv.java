package org.corridor.etl.source.wdi;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.SourceFile;

/**
 * Reads the WDI country metadata companion ({@code Metadata_Country_...csv}): {@code Country
 * Code,Region,IncomeGroup,SpecialNotes,TableName} with a trailing comma, and notes that contain
 * quoted line breaks, so records are read with a real CSV parser rather than by line. A record's
 * row number is its 1-based position counting the header as 1.
 */
public final class WdiCountryMetadataCsv {
  static final List<String> HEADER =
      List.of("Country Code", "Region", "IncomeGroup", "SpecialNotes", "TableName");

  private WdiCountryMetadataCsv() {}

  public static boolean recognises(SourceFile file) {
    return file.name().toLowerCase(Locale.ROOT).startsWith("metadata_country_");
  }

  public static List<Row> read(SourceFile file, Provenance provenance) {
    try (CSVParser parser =
        CSVParser.parse(new StringReader(file.utf8Text()), CSVFormat.RFC4180.builder().get())) {
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        List<String> fields = record.toList();
        if (record.getRecordNumber() == 1) {
          if (fields.size() < HEADER.size() || !fields.subList(0, HEADER.size()).equals(HEADER)) {
            throw EtlErrors.malformedHeader(
                file.path(), String.join(",", HEADER), fields.toString());
          }
          continue;
        }
        rows.add(
            RowFactory.create(
                field(fields, 0),
                field(fields, 1),
                field(fields, 2),
                field(fields, 3),
                field(fields, 4),
                provenance.file(),
                provenance.checksum(),
                record.getRecordNumber(),
                provenance.runId(),
                provenance.ingestedAt()));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String field(List<String> fields, int index) {
    return index < fields.size() && !fields.get(index).isEmpty() ? fields.get(index) : null;
  }
}
