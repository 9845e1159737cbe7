// An empty Next.js app, built and started by bench/api-ratio.mjs with this project's Next version.
module.exports = {};
