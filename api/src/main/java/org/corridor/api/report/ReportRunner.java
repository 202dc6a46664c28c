package org.corridor.api.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * The report mode of the API jar, which {@code corridor report} runs without a web server: writes
 * {@code progress-<year>-<vintage>.html} and {@code .pdf} into a folder and sets the exit code the
 * application ends with.
 */
@Component
@ConditionalOnProperty(ReportRunner.YEAR_PROPERTY)
public class ReportRunner implements ApplicationRunner, ExitCodeGenerator {
  /** The property whose presence starts the report mode. */
  public static final String YEAR_PROPERTY = "corridor.report.year";

  private static final Logger log = LoggerFactory.getLogger(ReportRunner.class);

  private final ReportDocuments documents;
  private final String year;
  private final String vintage;
  private final Path folder;
  private int exitCode = 1;

  ReportRunner(
      ReportDocuments documents,
      @Value("${" + YEAR_PROPERTY + "}") String year,
      @Value("${corridor.report.vintage:#{null}}") String vintage,
      @Value("${corridor.report.out:data/reports}") Path folder) {
    this.documents = documents;
    this.year = year;
    this.vintage = vintage;
    this.folder = folder;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    try {
      int reportYear = ReportYear.parse(YEAR_PROPERTY, year);
      Files.createDirectories(folder);
      for (ReportDocument document :
          documents.generate(reportYear, vintage, List.of(ReportFormat.HTML, ReportFormat.PDF))) {
        Path file = folder.resolve(document.fileName());
        Files.write(file, document.bytes());
        log.info("Wrote {}", file.toAbsolutePath());
      }
      exitCode = 0;
    } catch (ErrorResponseException e) {
      log.error("No report written: {}", e.getBody().getDetail());
    } catch (IOException e) {
      log.error("No report written: cannot write into {}: {}", folder.toAbsolutePath(), e);
    }
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}
