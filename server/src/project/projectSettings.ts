/**
 * What a `.paper-check.json` holds and how it applies over the editor's settings: no file system here, so
 * the server's glue (Node or a browser's web worker) can use it; projectConfig.ts reads the file.
 */
import type { FindingCodeName, Settings, SeverityName } from '../settings';

export const PROJECT_CONFIG_FILE = '.paper-check.json';

/** What a `.paper-check.json` says; a key it leaves out (or gets wrong) is undefined. */
export interface ProjectConfig {
  /** The file read, absolute. */
  path: string;
  /** Figures accepted anywhere in the project, as written. */
  acceptedFigures: string[];
  /** Extra sources, as absolute paths (relative ones are read from the file's folder). */
  sources?: string[];
  useShippedPaper?: boolean;
  /** Only the codes the file names. */
  severity?: Partial<Record<FindingCodeName, SeverityName>>;
  reportUnsupported?: boolean;
  /** What was wrong with the file, one sentence each (the file is still used for what was right). */
  problems: string[];
  /** True when the file is not JSON at all: nothing in it applies. */
  unreadable: boolean;
}

/**
 * The editor's settings with a workspace `.paper-check.json` applied over them: the file wins for every
 * key it sets, because it travels with the drafts and the command line and CI read it, so the editor
 * shows what CI will say. In an untrusted workspace its `sources` and `useShippedPaper` are not applied,
 * as the restricted settings of the same names are not.
 */
export function applyProjectConfig(settings: Settings, config: ProjectConfig | undefined, trusted: boolean): Settings {
  if (!config || config.unreadable) return settings;
  return {
    ...settings,
    ...(config.reportUnsupported !== undefined ? { reportUnsupported: config.reportUnsupported } : {}),
    ...(config.severity ? { severity: { ...settings.severity, ...config.severity } } : {}),
    ...(trusted && config.sources !== undefined ? { sources: config.sources } : {}),
    ...(trusted && config.useShippedPaper !== undefined ? { useShippedPaper: config.useShippedPaper } : {}),
  };
}
