/**
 * The extension's settings, mirroring package.json's `contributes.configuration` in one place, and the one
 * function that reads them from the client.
 */
import type { Connection } from 'vscode-languageserver';

export interface Settings {
  /** paperCheck.reportUnsupported */
  reportUnsupported: boolean;
  /** paperCheck.maxDocumentSize: characters; larger documents are skipped with a message. */
  maxDocumentSize: number;
  /**
   * paperCheck.debounceMs: how long to wait after the last keystroke before re-checking a very long
   * document (over 100,000 characters). Shorter ones are checked at once.
   */
  debounceMs: number;
  /** paperCheck.sources: extra source documents (Markdown or plain text), absolute or workspace-relative. */
  sources: string[];
  /** paperCheck.useShippedPaper: check against the shipped paper as well as (or, if false, instead of) the sources. */
  useShippedPaper: boolean;
  /** paperCheck.severity: how each code is shown, or "off". */
  severity: Record<FindingCodeName, SeverityName>;
  /** paperCheck.languages: which document languages are checked. */
  languages: string[];
}

export type FindingCodeName = 'figure-mismatch' | 'figure-unsupported' | 'name-misspelled';
export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';
const SEVERITIES: SeverityName[] = ['error', 'warning', 'information', 'hint', 'off'];
export const DEFAULT_SEVERITY: Record<FindingCodeName, SeverityName> = { 'figure-mismatch': 'warning', 'figure-unsupported': 'information', 'name-misspelled': 'warning' };
/** Languages the checker can read. */
export const CHECKABLE_LANGUAGES = ['markdown', 'plaintext'];

export const DEFAULT_SETTINGS: Settings = {
  reportUnsupported: true, maxDocumentSize: 2_000_000, debounceMs: 300, sources: [], useShippedPaper: true,
  severity: DEFAULT_SEVERITY, languages: ['markdown'],
};

/** Reads the settings; falls back to defaults for anything missing or malformed. */
export async function readSettings(connection: Connection, canAsk: boolean): Promise<Settings> {
  if (!canAsk) return DEFAULT_SETTINGS;
  let raw: Partial<Settings> | null = null;
  try {
    raw = (await connection.workspace.getConfiguration({ section: 'paperCheck' })) as Partial<Settings> | null;
  } catch {
    raw = null;
  }
  const number = (v: unknown, fallback: number, min: number) => (typeof v === 'number' && Number.isFinite(v) && v >= min ? v : fallback);
  return {
    reportUnsupported: typeof raw?.reportUnsupported === 'boolean' ? raw.reportUnsupported : DEFAULT_SETTINGS.reportUnsupported,
    maxDocumentSize: number(raw?.maxDocumentSize, DEFAULT_SETTINGS.maxDocumentSize, 1),
    debounceMs: number(raw?.debounceMs, DEFAULT_SETTINGS.debounceMs, 0),
    sources: Array.isArray(raw?.sources) ? raw!.sources.filter((x): x is string => typeof x === 'string') : [],
    useShippedPaper: typeof raw?.useShippedPaper === 'boolean' ? raw.useShippedPaper : true,
    severity: Object.fromEntries(Object.entries(DEFAULT_SEVERITY).map(([code, fallback]) => {
      const v = (raw?.severity as Record<string, unknown> | undefined)?.[code];
      return [code, typeof v === 'string' && SEVERITIES.includes(v as SeverityName) ? v : fallback];
    })) as Record<FindingCodeName, SeverityName>,
    languages: Array.isArray(raw?.languages) ? raw!.languages.filter((l): l is string => CHECKABLE_LANGUAGES.includes(l as string)) : DEFAULT_SETTINGS.languages,
  };
}
