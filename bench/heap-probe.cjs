// Preloaded by `npm run bench` (node --expose-gc -r ./bench/heap-probe.cjs) into a separate run of
// the bot, never into the bot itself: on SIGUSR2 it forces two full garbage collections and
// appends the live heap (heapUsed after them) and RSS, in MB, as one JSON line to $HEAP_PROBE_FILE.
'use strict';
const { appendFileSync } = require('node:fs');

const file = process.env.HEAP_PROBE_FILE;
if (file && typeof globalThis.gc === 'function') {
  process.on('SIGUSR2', () => {
    globalThis.gc();
    globalThis.gc();
    const m = process.memoryUsage();
    const mb = (n) => Math.round((n / 1048576) * 10) / 10;
    appendFileSync(file, `${JSON.stringify({ liveHeapMb: mb(m.heapUsed), heapTotalMb: mb(m.heapTotal), rssMb: mb(m.rss) })}\n`);
  });
}
