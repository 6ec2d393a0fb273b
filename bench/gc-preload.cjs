// Preloaded (node -r) into the server only for the memory measurement, with --expose-gc: SIGUSR2 asks it
// to run a full garbage collection, so "after closing all drafts" can be read after a gc. The server
// itself never calls gc; nothing else in it changes.
process.on('SIGUSR2', () => {
  if (typeof global.gc !== 'function') return;
  global.gc();
  process.stderr.write('[bench-gc] ran\n');
});
