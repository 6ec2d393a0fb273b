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
}

export const DEFAULT_SETTINGS: Settings = { reportUnsupported: true, maxDocumentSize: 2_000_000 };

/** Reads the settings for a document; falls back to defaults for anything missing or malformed. */
export async function readSettings(connection: Connection, uri: string, canAsk: boolean): Promise<Settings> {
  if (!canAsk) return DEFAULT_SETTINGS;
  let raw: Partial<Settings> | null = null;
  try {
    raw = (await connection.workspace.getConfiguration({ scopeUri: uri, section: 'paperCheck' })) as Partial<Settings> | null;
  } catch {
    raw = null;
  }
  return {
    reportUnsupported: typeof raw?.reportUnsupported === 'boolean' ? raw.reportUnsupported : DEFAULT_SETTINGS.reportUnsupported,
    maxDocumentSize: typeof raw?.maxDocumentSize === 'number' && raw.maxDocumentSize > 0 ? raw.maxDocumentSize : DEFAULT_SETTINGS.maxDocumentSize,
  };
}
