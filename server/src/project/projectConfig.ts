/**
 * `.paper-check.json`: the project's own Paper Check settings, kept beside its drafts so that the editor,
 * the command line and CI check the same way. Its keys are those of the `paperCheck.*` settings plus the
 * accepted figures:
 *
 *   { "acceptedFigures": ["95 million"], "sources": ["corrections.md"], "useShippedPaper": true,
 *     "severity": { "figure-unsupported": "off" }, "reportUnsupported": true }
 *
 * Relative sources are read from the file's own folder. The command line takes the nearest file from the
 * checked draft upward (as markdownlint-cli2 and cspell do); the editor, the one at the workspace root.
 * A malformed file or value is reported and left out, never guessed at.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { PROJECT_CONFIG_FILE, type ProjectConfig } from './projectSettings';
import type { FindingCodeName, SeverityName } from '../settings';


const CODES: FindingCodeName[] = ['figure-mismatch', 'figure-unsupported', 'name-misspelled'];
const SEVERITIES: SeverityName[] = ['error', 'warning', 'information', 'hint', 'off'];
const KEYS = ['acceptedFigures', 'sources', 'useShippedPaper', 'severity', 'reportUnsupported'];

/** The nearest `.paper-check.json` in `dir` or a folder above it, or undefined. */
export function findProjectConfig(dir: string): string | undefined {
  for (let at = resolve(dir); ; at = dirname(at)) {
    const candidate = join(at, PROJECT_CONFIG_FILE);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    if (dirname(at) === at) return undefined;
  }
}

/** Reads and checks a `.paper-check.json`; never throws. */
export function readProjectConfig(path: string): ProjectConfig {
  const config: ProjectConfig = { path, acceptedFigures: [], problems: [], unreadable: false };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    config.unreadable = true;
    config.problems.push(`${path} is not valid JSON (${(e as Error).message}); none of it applies until it is fixed`);
    return config;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    config.unreadable = true;
    config.problems.push(`${path} must hold a JSON object such as { "acceptedFigures": [] }; none of it applies`);
    return config;
  }
  const raw = data as Record<string, unknown>;
  const wrong = (key: string, expected: string) => config.problems.push(`${path}: "${key}" must be ${expected}; it is left out`);
  for (const key of Object.keys(raw)) if (!KEYS.includes(key)) config.problems.push(`${path}: unknown key "${key}" (known: ${KEYS.join(', ')}); it is left out`);
  if (raw.acceptedFigures !== undefined) {
    if (isStringList(raw.acceptedFigures)) config.acceptedFigures = raw.acceptedFigures;
    else wrong('acceptedFigures', 'a list of figures as written, such as ["95 million"]');
  }
  if (raw.sources !== undefined) {
    if (isStringList(raw.sources)) config.sources = raw.sources.filter((s) => s.trim()).map((s) => (isAbsolute(s) ? s : resolve(dirname(path), s)));
    else wrong('sources', 'a list of file paths');
  }
  for (const key of ['useShippedPaper', 'reportUnsupported'] as const) {
    if (raw[key] === undefined) continue;
    if (typeof raw[key] === 'boolean') config[key] = raw[key] as boolean;
    else wrong(key, 'true or false');
  }
  if (raw.severity !== undefined) {
    if (typeof raw.severity !== 'object' || raw.severity === null || Array.isArray(raw.severity)) wrong('severity', `an object from code (${CODES.join(', ')}) to severity`);
    else {
      const severity: Partial<Record<FindingCodeName, SeverityName>> = {};
      for (const [code, level] of Object.entries(raw.severity as Record<string, unknown>)) {
        if (!CODES.includes(code as FindingCodeName)) config.problems.push(`${path}: "severity" names an unknown code "${code}" (known: ${CODES.join(', ')}); it is left out`);
        else if (!SEVERITIES.includes(level as SeverityName)) config.problems.push(`${path}: the severity of ${code} must be one of ${SEVERITIES.join(', ')}; it is left out`);
        else severity[code as FindingCodeName] = level as SeverityName;
      }
      config.severity = severity;
    }
  }
  return config;
}

const isStringList = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
