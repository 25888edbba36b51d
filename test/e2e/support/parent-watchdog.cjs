// Preloaded (`node --require`) into the bot and Playground processes that the
// e2e harness starts. If the test process that started them dies without
// cleaning up (SIGKILL, crash), the child is re-parented and its ppid changes:
// it then exits instead of lingering and holding its port.
'use strict';
const startParent = process.ppid;
const timer = setInterval(() => {
  if (process.ppid !== startParent) process.exit(0);
}, 1000);
timer.unref();
