/**
 * The settings a draft is checked with on the command line: the nearest `.paper-check.json` above it (the
 * same keys as the editor's `paperCheck.*` settings), then the flags, which win over it.
 */
import { dirname } from 'node:path';
import { readSource } from '../sources/customSources';
import { findProjectConfig, readProjectConfig } from '../project/projectConfig';
import { DEFAULT_SEVERITY, type FindingCodeName, type SeverityName } from '../settings';
import type { CommandLine } from './commandLine';

export interface DraftSettings {
  /** The `.paper-check.json` that applies, if any (drafts with the same one are checked together). */
  configPath?: string;
  reportUnsupported: boolean;
  severity: Record<FindingCodeName, SeverityName>;
  /** Accepted figures as written. */
  acceptedFigures: string[];
  /** Extra sources, absolute: the config's, then --source's. */
  sources: string[];
  useShippedPaper: boolean;
}

/** Finds and reads config files, each once, and tells each one's problems once (to standard error). */
export class DraftSettingsReader {
  private readonly byConfig = new Map<string, DraftSettings>();
  private readonly configOfDir = new Map<string, string | undefined>();

  constructor(private readonly commandLine: CommandLine, private readonly warn: (message: string) => void) {}

  /** The settings for a draft in folder `dir` (standard input: the current folder). */
  forFolder(dir: string): DraftSettings {
    let configPath = this.configOfDir.get(dir);
    if (!this.configOfDir.has(dir)) {
      configPath = findProjectConfig(dir);
      this.configOfDir.set(dir, configPath);
    }
    const key = configPath ?? '';
    let settings = this.byConfig.get(key);
    if (!settings) {
      settings = this.build(configPath);
      this.byConfig.set(key, settings);
    }
    return settings;
  }

  /** The settings for the draft at `file`. */
  forFile(file: string): DraftSettings {
    return this.forFolder(dirname(file));
  }

  private build(configPath: string | undefined): DraftSettings {
    const config = configPath ? readProjectConfig(configPath) : undefined;
    for (const problem of config?.problems ?? []) this.warn(`paper-check: ${problem}`);
    const cli = this.commandLine;
    return {
      ...(configPath ? { configPath } : {}),
      reportUnsupported: cli.reportUnsupported ?? config?.reportUnsupported ?? true,
      severity: { ...DEFAULT_SEVERITY, ...config?.severity },
      acceptedFigures: config?.acceptedFigures ?? [],
      sources: [...(config?.sources ?? []), ...cli.sources],
      useShippedPaper: cli.useShippedPaper ?? config?.useShippedPaper ?? true,
    };
  }
}

/** Why the sources of `settings` cannot be checked against, one sentence each (none: they can). */
export function sourceProblems(settings: DraftSettings): string[] {
  const problems: string[] = [];
  for (const path of settings.sources) {
    const read = readSource(path);
    if ('problem' in read) problems.push(`the source ${path} ${read.problem}`);
  }
  if (!settings.useShippedPaper && !settings.sources.length) {
    problems.push(`the shipped paper is turned off${settings.configPath ? ` (${settings.configPath} or --no-shipped-paper)` : ''} and no other source is named: add --source FILE or "sources"`);
  }
  return problems;
}
