import type { ValidationReport } from '@een-plan/ijw';

/** The validation report as stored: official codes and locations, never the message content. */
export function reportJson(report: ValidationReport): Record<string, unknown> {
  return {
    valid: report.valid,
    xsd: report.xsd,
    rules: report.rules,
    issues: report.issues.map((i) => ({ ...i })),
  };
}
