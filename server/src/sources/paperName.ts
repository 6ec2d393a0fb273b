/** The shipped paper's name, as sources, hovers and reports give it (no imports: the browser build uses it too). */
export const SHIPPED_PAPER_NAME = 'Kuaishou Innovation and IP White Paper 2026';
