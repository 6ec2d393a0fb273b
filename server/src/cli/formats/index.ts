/** Every output format by name: what `--format` writes to standard output. */
import type { FormatName } from '../commandLine';
import type { DraftResult } from '../findingRows';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { formatSarif } from './sarif';
import { formatText } from './text';

/** What a format may need besides the results: the folder paths are relative to, the tool's version. */
export interface FormatContext {
  cwd: string;
  version: string;
}

export const FORMATTERS: Record<FormatName, (results: readonly DraftResult[], context: FormatContext) => string> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
};
