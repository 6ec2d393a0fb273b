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
   * paperCheck.maxNumberOfProblems: the most diagnostics published for one document (its first, in
   * document order), as Code Spell Checker's cSpell.maxNumberOfProblems; a note says how many more there are.
   */
  maxNumberOfProblems: number;
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
  // VS Code shows at most 1,000 diagnostics of a file (its extension host drops the rest): more is only sent.
  reportUnsupported: true, maxDocumentSize: 2_000_000, maxNumberOfProblems: 1000, debounceMs: 300, sources: [], useShippedPaper: true,
  severity: DEFAULT_SEVERITY, languages: ['markdown'],
};

/**
 * Reads the settings from the client: asked for (`workspace/configuration`, section `paperCheck`) when the
 * client can answer; otherwise, or when it has nothing for the section, the last settings it pushed
 * (`workspace/didChangeConfiguration`) or those it passed at start (`initializationOptions`). Editors other
 * than VS Code differ in which of the three they use.
 */
export async function readSettings(connection: Connection, canAsk: boolean, given?: unknown): Promise<Settings> {
  let raw: unknown = null;
  if (canAsk) {
    try {
      raw = await connection.workspace.getConfiguration({ section: 'paperCheck' });
    } catch {
      raw = null;
    }
  }
  return parseSettings(raw ?? given);
}

/**
 * The `paperCheck` section of settings an editor passed without being asked: `{ paperCheck: {...} }`, or,
 * when `bare` (initializationOptions, which belong to this server alone), the section itself. Undefined
 * when there is none.
 */
export function paperCheckSection(options: unknown, bare = false): unknown {
  const isSection = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v);
  if (!isSection(options)) return undefined;
  const section = (options as { paperCheck?: unknown }).paperCheck;
  if (isSection(section)) return section;
  return bare ? options : undefined;
}

/** Settings from a raw `paperCheck` section; anything missing or malformed takes its default. */
export function parseSettings(value: unknown): Settings {
  const raw = value && typeof value === 'object' ? (value as Partial<Settings>) : null;
  const number = (v: unknown, fallback: number, min: number) => (typeof v === 'number' && Number.isFinite(v) && v >= min ? v : fallback);
  return {
    reportUnsupported: typeof raw?.reportUnsupported === 'boolean' ? raw.reportUnsupported : DEFAULT_SETTINGS.reportUnsupported,
    maxDocumentSize: number(raw?.maxDocumentSize, DEFAULT_SETTINGS.maxDocumentSize, 1),
    maxNumberOfProblems: Math.floor(number(raw?.maxNumberOfProblems, DEFAULT_SETTINGS.maxNumberOfProblems, 1)),
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
