package org.corridor.etl.source.knomad;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.source.CsvLine;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.RejectedRecord;
import org.corridor.etl.source.SourceFile;
import org.corridor.etl.source.Workbook;

/**
 * Reads the World Bank / KNOMAD bilateral matrices: remittances (US$ million, sending country down,
 * receiving country across) and migrant stocks (persons, origin down, destination across),
 * countries by World Bank name both ways, a World total row and column, residual "Other North" and
 * "Other South" rows and columns in the migrant stock matrix, notes below. A workbook may hold one
 * matrix sheet per year, named {@code Bilateral_...}; other sheets (redistributors add their own,
 * such as a name-to-ISO3 table with errors in it) are not read. A CSV holds one matrix in the same
 * layout.
 */
public final class BilateralMatrix {
  private static final String MATRIX_SHEET = "bilateral";

  private BilateralMatrix() {}

  /** The measure of a KNOMAD matrix, by its sheet names or (for a CSV) its title line. */
  public static Optional<KnomadMeasure> recognises(SourceFile file) {
    if (Workbook.isWorkbook(file)) {
      try (Workbook book = Workbook.open(file)) {
        return book.sheetNames().stream()
            .filter(BilateralMatrix::isMatrixSheet)
            .findFirst()
            .flatMap(KnomadMeasure::namedIn);
      } catch (EtlErrors.RejectedFile e) {
        return Optional.empty();
      }
    }
    String start = file.headText().replace("\uFEFF", "");
    Optional<String> title = start.lines().filter(line -> !line.isBlank()).findFirst();
    return title
        .filter(line -> line.toLowerCase(Locale.ROOT).contains(MATRIX_SHEET))
        .flatMap(KnomadMeasure::namedIn);
  }

  /**
   * @throws EtlErrors.RejectedFile when the file has no matrix sheet, no header row, no year, or
   *     holds another measure
   */
  public static ParsedFile read(SourceFile file, Provenance provenance, KnomadMeasure measure) {
    return Workbook.isWorkbook(file)
        ? readWorkbook(file, provenance, measure)
        : readCsv(file, provenance, measure);
  }

  private static ParsedFile readWorkbook(
      SourceFile file, Provenance provenance, KnomadMeasure measure) {
    try (Workbook book = Workbook.open(file)) {
      List<String> sheets =
          book.sheetNames().stream().filter(BilateralMatrix::isMatrixSheet).toList();
      if (sheets.isEmpty()) {
        throw EtlErrors.missingSheet(
            file.path(),
            List.of("Bilateral_Remittances_<year>", "Bilateral_Migration_<year>"),
            book.sheetNames());
      }
      List<Row> cells = new ArrayList<>();
      List<RejectedRecord> rejected = new ArrayList<>();
      for (String sheet : sheets) {
        MatrixSheet matrix = new MatrixSheet(file, provenance, measure, sheet);
        book.forEachRow(sheet, row -> matrix.row(row.number(), row.cells()));
        ParsedFile parsed = matrix.parsed();
        cells.addAll(parsed.bronzeRows());
        rejected.addAll(parsed.rejected());
      }
      return new ParsedFile(cells, rejected);
    }
  }

  private static ParsedFile readCsv(SourceFile file, Provenance provenance, KnomadMeasure measure) {
    String[] lines = file.utf8Text().split("\r?\n", -1);
    MatrixSheet matrix = new MatrixSheet(file, provenance, measure, "");
    for (int index = 0; index < lines.length; index++) {
      if (lines[index].isBlank()) {
        continue;
      }
      List<String> fields;
      try {
        fields = CsvLine.fields(lines[index]);
      } catch (IllegalArgumentException e) {
        matrix.unsplittable(index + 1, lines[index]);
        continue;
      }
      matrix.row(index + 1, fields);
    }
    return matrix.parsed();
  }

  private static boolean isMatrixSheet(String name) {
    return name.toLowerCase(Locale.ROOT).contains(MATRIX_SHEET);
  }
}
