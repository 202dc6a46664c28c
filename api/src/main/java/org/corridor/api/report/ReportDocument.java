package org.corridor.api.report;

/**
 * A generated report in one form.
 *
 * @param edition the vintage's name, or {@code latest}
 * @param fileName where the CLI writes it, e.g. {@code progress-2025-gfmd-2025.pdf}
 */
record ReportDocument(String edition, String fileName, byte[] bytes) {}
