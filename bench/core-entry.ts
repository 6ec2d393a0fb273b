// Entry point bundled by bench/run.mjs (esbuild) into bench/.build/core.cjs, so the bench can time the
// checker core and the fact index in-process, without the language server around them. `export *` so the
// bundle builds whichever of sources.ts's helpers exist (loadShippedIndex always; indexPaper when present).
export * from '../server/src/core/checker';
export * from '../server/src/sources/shippedIndex';
export * from '../server/src/core/incremental';
export * from '../server/src/core/chunks';
export { buildFactIndex } from '../server/src/core/factIndex';
