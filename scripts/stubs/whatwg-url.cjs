// Stands in for `whatwg-url` in the bot's bundle (scripts/build.mjs), for node-fetch 2 only (the
// copies under botframework-connector and cross-fetch). node-fetch requires it at load time but reads
// it only where Node has no URL of its own (`const URL = Url.URL || whatwgUrl.URL`), and Node 20 has
// one. The real package loads tr46 and its Unicode mapping table at every start: about 0.3 MB of the
// bundle's source and 1 MB of live heap kept for the life of the process (decision 020, round 7).
// Used after all, it is Node's own URL, which is what node-fetch uses anyway.
'use strict';
module.exports = { URL: globalThis.URL, URLSearchParams: globalThis.URLSearchParams };
