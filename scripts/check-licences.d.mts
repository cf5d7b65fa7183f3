export interface LicenceProblem {
  package: string;
  kind: 'licence' | 'engine' | 'stale-exception';
  detail: string;
}
export interface LicenceReport {
  checked: number;
  problems: LicenceProblem[];
  excepted: string[];
}
export const RUNTIME_WORKSPACES: string[];
export const TEMPORARY_EXCEPTIONS: Record<string, string>;
export function checkLicences(
  root: string,
  options?: { workspaces?: string[]; exceptions?: Record<string, string> },
): LicenceReport;
