/** The shipped paper and its prebuilt index, put into the browser bundle by scripts/build.mjs. */
declare module 'paper-check:shipped-paper' {
  /** data/paper.md */
  export const paperText: string;
  /** dist/paper-index.json, as built for this paper. */
  export const indexJson: string;
  /** The paper's hash, as the index records it. */
  export const paperHash: string;
}
