package org.corridor.etl.demo;

import java.util.ArrayList;
import java.util.List;
import org.corridor.etl.demo.RpwDemoServices.Cells;

/**
 * The column orders of the RPW dataset's two sheets, as the demo writes them, and how the demo
 * plants a bad value in one column of a row.
 */
final class RpwDemoLayout {
  static final String OLDER_SHEET = "Dataset (up to Q1 2016)";
  static final String NEWER_SHEET = "Dataset (from Q2 2016)";
  static final List<String> NEWER_HEADER = header(false);
  static final List<String> OLDER_HEADER = header(true);

  private RpwDemoLayout() {}

  /** The cells of a row with the one in {@code column} of {@code header} replaced by a text. */
  static Cells replacing(Cells cells, List<String> header, String column, String value) {
    int replaced = header.indexOf(column);
    return new Cells() {
      private int next;

      @Override
      public void text(String text) {
        cells.text(next++ == replaced ? value : text);
      }

      @Override
      public void decimal(long units, int scale) {
        if (next++ == replaced) {
          cells.text(value);
        } else {
          cells.decimal(units, scale);
        }
      }
    };
  }

  private static List<String> header(boolean older) {
    List<String> header = new ArrayList<>(List.of("id", "period"));
    for (String side : List.of("source", "destination")) {
      for (String field : List.of("code", "name", "region", "income", "lending", "G8G20")) {
        header.add(side + "_" + field);
      }
    }
    header.addAll(List.of("firm", "firm_type"));
    header.addAll(
        older
            ? List.of("product", "sending location", "speed actual")
            : List.of("payment instrument", "access point", "speed actual"));
    for (String block : List.of("cc1", "cc2")) {
      for (String field :
          List.of(
              "lcu amount",
              "denomination amount",
              "lcu code",
              "lcu fee",
              "lcu fx rate",
              "fx margin",
              "total cost %")) {
        header.add(block + " " + field);
      }
    }
    header.addAll(List.of("inter lcu bank fx", "transparent"));
    header.addAll(
        older
            ? List.of("note1", "note2", "coverage", "pick-up method")
            : List.of(
                "Standard Note",
                "note2",
                "receiving network coverage",
                "pickup location",
                "pickup method"));
    header.addAll(List.of("date", "corridor"));
    return List.copyOf(header);
  }
}
