package org.corridor.etl.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.corridor.etl.audit.RunSummary;
import org.corridor.etl.pipeline.EtlPipeline;
import org.corridor.etl.pipeline.SourceKind;
import org.corridor.warehouse.area.Areas;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code corridor ingest <source> <file>}: loads one file in a named format, then builds gold. */
@Command(name = "ingest", description = "Load one file of a named source format.")
final class IngestCommand implements Callable<Integer> {
  @ParentCommand CorridorCli cli;

  @Parameters(
      index = "0",
      paramLabel = "<source>",
      converter = SourceLabel.class,
      completionCandidates = SourceLabel.class,
      description = "Source format: ${COMPLETION-CANDIDATES}")
  SourceKind source;

  @Parameters(index = "1", paramLabel = "<file>", description = "The file to load.")
  Path file;

  /** Source formats by the labels users type, e.g. {@code wdi}. */
  static final class SourceLabel
      implements CommandLine.ITypeConverter<SourceKind>, Iterable<String> {
    @Override
    public SourceKind convert(String label) {
      return SourceKind.byLabel(label)
          .orElseThrow(
              () ->
                  new CommandLine.TypeConversionException(
                      "unknown source '" + label + "'; known sources: " + String.join(", ", this)));
    }

    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(SourceKind.values()).map(SourceKind::label).iterator();
    }
  }

  @Override
  public Integer call() {
    RunSummary run =
        new EtlPipeline(cli.warehouse(), Areas.load(), new TerminalProgress(cli.out()))
            .run(List.of(file), Optional.of(source), "ingest " + source.label() + " " + file);
    RunReport.print(run, cli.out());
    return RunCommand.exitCode(run);
  }
}
