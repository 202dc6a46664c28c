package org.corridor.etl.source;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.corridor.etl.EtlErrors;

/** An input file as read once from disk: its name, bytes and SHA-256 checksum. */
public record SourceFile(Path path, String name, String checksum, byte[] bytes) {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  public SourceFile {
    requireNonNull(path, "path is null");
    requireNonNull(name, "name is null");
    requireNonNull(checksum, "checksum is null");
    requireNonNull(bytes, "bytes is null");
  }

  public static SourceFile read(Path path) {
    try {
      byte[] bytes = Files.readAllBytes(path);
      return new SourceFile(path, path.getFileName().toString(), sha256(bytes), bytes);
    } catch (IOException e) {
      throw EtlErrors.unreadable(path, e);
    }
  }

  /** The file as UTF-8 text without a byte-order mark; a file that is not UTF-8 is rejected. */
  public String utf8Text() {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw EtlErrors.notUtf8(path);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM lacks SHA-256, which every Java 17 runtime has", e);
    }
  }
}
