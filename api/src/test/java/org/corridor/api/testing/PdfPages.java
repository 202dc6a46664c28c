package org.corridor.api.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * A PDF rendered to one PNG per page by Debian's {@code pdftoppm} (poppler-utils), as a reader's
 * viewer would draw it.
 */
public final class PdfPages {
  private static final int WHITE = 0xFFFFFF;

  private PdfPages() {}

  /** The pages of a PDF in order, rendered at 50 dots per inch into a folder. */
  public static List<BufferedImage> render(byte[] pdf, Path folder) {
    try {
      Path file = Files.write(folder.resolve("report.pdf"), pdf);
      Process process;
      try {
        process =
            new ProcessBuilder(
                    "pdftoppm",
                    "-png",
                    "-r",
                    "50",
                    file.toString(),
                    folder.resolve("page").toString())
                .redirectErrorStream(true)
                .start();
      } catch (IOException e) {
        throw new IllegalStateException(
            "pdftoppm is not installed; install Debian's poppler-utils"
                + " (apt-get install poppler-utils) to render the report's PDF",
            e);
      }
      String output = new String(process.getInputStream().readAllBytes());
      if (process.waitFor() != 0) {
        throw new IllegalStateException("pdftoppm failed: " + output);
      }
      List<Path> pngs;
      try (Stream<Path> files = Files.list(folder)) {
        pngs = files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
      }
      List<BufferedImage> pages = new ArrayList<>();
      for (Path png : pngs) {
        pages.add(ImageIO.read(png.toFile()));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running pdftoppm", e);
    }
  }

  /** The pixels of a page that are not white. */
  public static long inkedPixels(BufferedImage page) {
    long inked = 0;
    for (int y = 0; y < page.getHeight(); y++) {
      for (int x = 0; x < page.getWidth(); x++) {
        if ((page.getRGB(x, y) & WHITE) != WHITE) {
          inked++;
        }
      }
    }
    return inked;
  }
}
