package org.corridor.etl.demo;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * One CSV line built cell by cell in a reused buffer, quoted only where a value needs it, and
 * numbers written digit by digit: millions of lines can be written without a string per cell.
 */
final class CsvCells implements RpwDemoServices.Cells {
  private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  private final StringBuilder line = new StringBuilder(1024);
  private boolean empty = true;

  void record(List<String> values) {
    values.forEach(this::text);
  }

  @Override
  public void text(String value) {
    separate();
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
      line.append(value);
      return;
    }
    line.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        line.append('"');
      }
      line.append(c);
    }
    line.append('"');
  }

  @Override
  public void decimal(long units, int scale) {
    separate();
    long magnitude = units;
    if (magnitude < 0) {
      line.append('-');
      magnitude = -magnitude;
    }
    long power = POWERS_OF_TEN[scale];
    line.append(magnitude / power);
    if (scale > 0) {
      line.append('.');
      long fraction = magnitude % power;
      for (long digit = power / 10; digit > 0; digit /= 10) {
        line.append((char) ('0' + fraction / digit % 10));
      }
    }
  }

  /** Ends the line, writes it and starts the next. */
  void writeTo(Writer writer) throws IOException {
    line.append('\n');
    writer.append(line);
    line.setLength(0);
    empty = true;
  }

  private void separate() {
    if (!empty) {
      line.append(',');
    }
    empty = false;
  }
}
