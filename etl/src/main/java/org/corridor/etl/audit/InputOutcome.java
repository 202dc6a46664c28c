package org.corridor.etl.audit;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What a run did with one input file, with the counts that must reconcile. Rows not applicable are
 * sound rows kept in bronze that hold nothing for silver (e.g. UNHCR solutions lines without
 * returned refugees).
 */
public record InputOutcome(
    String source,
    String file,
    String checksum,
    InputStatus status,
    Optional<String> message,
    long rowsRead,
    long rowsAccepted,
    long rowsQuarantined,
    long rowsNotApplicable) {

  /** What happened to an input. */
  public enum InputStatus {
    LOADED,
    SKIPPED_ALREADY_LOADED,
    IGNORED,
    REJECTED
  }

  public InputOutcome {
    requireNonNull(source, "source is null");
    requireNonNull(file, "file is null");
    requireNonNull(checksum, "checksum is null");
    requireNonNull(status, "status is null");
    requireNonNull(message, "message is null");
  }

  /** The outcome of an input whose every row is either accepted or quarantined. */
  public InputOutcome(
      String source,
      String file,
      String checksum,
      InputStatus status,
      Optional<String> message,
      long rowsRead,
      long rowsAccepted,
      long rowsQuarantined) {
    this(source, file, checksum, status, message, rowsRead, rowsAccepted, rowsQuarantined, 0);
  }

  public static InputOutcome skipped(String source, String file, String checksum) {
    return new InputOutcome(
        source, file, checksum, InputStatus.SKIPPED_ALREADY_LOADED, Optional.empty(), 0, 0, 0);
  }

  public static InputOutcome ignored(String source, String file, String checksum, String why) {
    return new InputOutcome(source, file, checksum, InputStatus.IGNORED, Optional.of(why), 0, 0, 0);
  }

  public static InputOutcome rejected(String source, String file, String checksum, String why) {
    return new InputOutcome(
        source, file, checksum, InputStatus.REJECTED, Optional.of(why), 0, 0, 0);
  }

  /** Rows read = rows accepted + rows quarantined + rows not applicable: nothing is lost. */
  public boolean reconciles() {
    return rowsRead == rowsAccepted + rowsQuarantined + rowsNotApplicable;
  }
}
