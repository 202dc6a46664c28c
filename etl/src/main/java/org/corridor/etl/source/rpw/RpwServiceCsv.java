package org.corridor.etl.source.rpw;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.Reason;
import org.corridor.etl.source.RejectedRecord;
import org.corridor.etl.source.SourceFile;

/**
 * Reads a CSV export of an RPW dataset sheet: the sheet's header row, then one record per service
 * and period. Notes may hold line breaks inside quotes, so records are parsed from the whole stream
 * (not line by line) and keep the line they start on. A record whose field count differs from the
 * header's is quarantined; a quote left open to the end of the file means the file was cut short,
 * and it is rejected whole.
 */
public final class RpwServiceCsv {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();
  private static final int PREAMBLE_LIMIT = 20;
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private RpwServiceCsv() {}

  /** Whether a file is a CSV export of an RPW dataset sheet, by its header. */
  public static boolean recognises(SourceFile file) {
    try (CSVParser parser = FORMAT.parse(reader(file))) {
      Iterator<CSVRecord> records = parser.iterator();
      for (int i = 0; i < PREAMBLE_LIMIT && records.hasNext(); i++) {
        if (RpwServiceLayout.isHeader(records.next().toList())) {
          return true;
        }
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  public static ParsedFile read(SourceFile file, Provenance provenance) {
    List<Row> quotes = new ArrayList<>();
    List<RejectedRecord> rejected = read(file, provenance, quotes::add);
    return new ParsedFile(quotes, rejected);
  }

  /**
   * Streams the file's quotes to {@code quotes} as they are read, holding no more than a record in
   * memory, and returns the records that would not split into the header's fields.
   */
  public static List<RejectedRecord> read(
      SourceFile file, Provenance provenance, Consumer<Row> quotes) {
    List<RejectedRecord> rejected = new ArrayList<>();
    try (CSVParser parser = FORMAT.parse(reader(file))) {
      Iterator<CSVRecord> records = parser.iterator();
      List<String> header = header(file, parser, records);
      RpwServiceLayout layout = RpwServiceLayout.of(file.path(), header);
      while (true) {
        long line = parser.getCurrentLineNumber() + 1;
        if (!records.hasNext()) {
          break;
        }
        List<String> fields = records.next().toList();
        if (fields.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (fields.size() != header.size()) {
          rejected.add(
              new RejectedRecord(
                  line,
                  String.join(",", fields),
                  Reason.MALFORMED_RECORD,
                  fields.size() + " fields, the header has " + header.size()));
          continue;
        }
        layout.quotes(null, fields, provenance, line).forEach(quotes);
      }
    } catch (UncheckedIOException e) {
      throw unreadable(file, e.getCause());
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    return rejected;
  }

  /**
   * Reading bytes held in memory fails only on text that is not UTF-8, or on a quote still open at
   * the end of the file.
   */
  private static EtlErrors.RejectedFile unreadable(SourceFile file, IOException e) {
    return e instanceof CharacterCodingException
        ? EtlErrors.notUtf8(file.path())
        : EtlErrors.truncated(file.path(), String.valueOf(e.getMessage()));
  }

  private static List<String> header(
      SourceFile file, CSVParser parser, Iterator<CSVRecord> records) {
    for (int i = 0; i < PREAMBLE_LIMIT && records.hasNext(); i++) {
      List<String> fields = records.next().toList();
      if (RpwServiceLayout.isHeader(fields)) {
        return fields;
      }
    }
    throw EtlErrors.malformedHeader(
        file.path(),
        "an RPW dataset header (period, source_code, destination_code, ...) within "
            + PREAMBLE_LIMIT
            + " records",
        "none by line " + parser.getCurrentLineNumber());
  }

  /** The file as strict UTF-8 text without its byte-order mark, read as the parser goes. */
  private static Reader reader(SourceFile file) throws IOException {
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                Files.newInputStream(file.path()),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
    reader.mark(1);
    if (reader.read() != BYTE_ORDER_MARK) {
      reader.reset();
    }
    return reader;
  }
}
