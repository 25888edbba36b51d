// Stands in for `spdy` in the bot's bundle (scripts/build.mjs). restify requires spdy at load
// time for HTTP/2, which this bot never asks for (it serves HTTP/1.1 behind Teams' connector).
// The real spdy loads http-deceiver, whose first line reads process.binding('http_parser') and
// makes Node print a DEP0111 deprecation warning twice at every start. Used by mistake, it says so.
'use strict';
module.exports = {
  createServer() {
    throw new Error('HTTP/2 (spdy) is not part of this bundle: the bot serves HTTP/1.1 only');
  },
};
