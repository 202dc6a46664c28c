package org.corridor.etl.source;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.corridor.etl.EtlErrors;

/**
 * An input file: its name, size, SHA-256 checksum and first bytes, read in one streaming pass so
 * that a file of any size can be recognised and checked against the files already loaded. Readers
 * of small formats take the whole content with {@link #bytes()} or {@link #utf8Text()}; readers of
 * formats that run to gigabytes read the file from its {@link #path()} themselves.
 */
public final class SourceFile {
  /** How much of the start of a file format detection may look at. */
  public static final int HEAD_BYTES = 64 * 1024;

  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final int BUFFER = 1 << 20;

  private final Path path;
  private final String name;
  private final String checksum;
  private final long size;
  private final byte[] head;

  private SourceFile(Path path, String checksum, long size, byte[] head) {
    this.path = requireNonNull(path, "path is null");
    this.name = path.getFileName().toString();
    this.checksum = requireNonNull(checksum, "checksum is null");
    this.size = size;
    this.head = head;
  }

  public static SourceFile read(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      MessageDigest sha256 = sha256();
      byte[] buffer = new byte[BUFFER];
      byte[] head = new byte[0];
      long size = 0;
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        if (head.length < HEAD_BYTES) {
          int keep = Math.min(HEAD_BYTES - head.length, read);
          head = Arrays.copyOf(head, head.length + keep);
          System.arraycopy(buffer, 0, head, head.length - keep, keep);
        }
        sha256.update(buffer, 0, read);
        size += read;
      }
      return new SourceFile(path, HexFormat.of().formatHex(sha256.digest()), size, head);
    } catch (IOException e) {
      throw EtlErrors.unreadable(path, e);
    }
  }

  public Path path() {
    return path;
  }

  public String name() {
    return name;
  }

  public String checksum() {
    return checksum;
  }

  public long size() {
    return size;
  }

  /** The first {@value #HEAD_BYTES} bytes (fewer for a smaller file), for format detection. */
  public byte[] head() {
    return head.clone();
  }

  /** The first bytes as text, for format detection; invalid UTF-8 reads as replacement chars. */
  public String headText() {
    return new String(head, StandardCharsets.UTF_8);
  }

  /** The whole content, read from disk now. */
  public byte[] bytes() {
    try {
      return Files.readAllBytes(path);
    } catch (IOException | OutOfMemoryError e) {
      throw EtlErrors.unreadable(path, new IOException(String.valueOf(e.getMessage()), e));
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
              .decode(ByteBuffer.wrap(bytes()))
              .toString();
      return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw EtlErrors.notUtf8(path);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM lacks SHA-256, which every Java 17 runtime has", e);
    }
  }
}
