/**
 * Commands the server carries out for the client (workspace/executeCommand). Their ids differ from the
 * client's user-facing commands, which call them.
 */
export const SERVER_COMMANDS = {
  /** Inserts `<!-- paper-check-disable-next-line -->` above a line: [uri, line]. */
  ignoreHere: 'paperCheck.server.ignoreHere',
  /** Adds a figure's text to the workspace's accepted list: [text]. */
  accept: 'paperCheck.server.accept',
  /** Applies every fix of a document in one edit: [uri]. */
  fixAll: 'paperCheck.server.fixAll',
  /** Checks every draft in the workspace folders, with progress: returns counts. */
  checkWorkspace: 'paperCheck.server.checkWorkspace',
  /** The sign-off report of a document: [uri] → { markdown, html }. */
  report: 'paperCheck.server.report',
} as const;
