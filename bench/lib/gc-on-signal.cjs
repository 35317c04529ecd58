// Bench-only preload for the language server (`node --expose-gc --require bench/lib/gc-on-signal.cjs …`): on SIGUSR2 it
// collects garbage fully and writes heap and RSS to stderr as one line, so a bench can read memory after a forced GC.
process.on('SIGUSR2', () => {
  for (let i = 0; i < 3; i++) globalThis.gc();
  const { rss, heapUsed } = process.memoryUsage();
  process.stderr.write(`factlint-bench-memory ${JSON.stringify({ rss, heapUsed })}\n`);
});
