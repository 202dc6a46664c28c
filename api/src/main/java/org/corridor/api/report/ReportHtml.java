package org.corridor.api.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes a report as XHTML through the Thymeleaf template {@code templates/report/progress.html}.
 * The template is well-formed XML, so the same page also feeds the PDF renderer.
 */
@Component
class ReportHtml {
  private final TemplateEngine engine;

  ReportHtml() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/report/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
  }

  String render(ProgressReport report) {
    return engine.process("progress", new Context(Locale.ROOT, Map.of("report", report)));
  }
}
