// The registry this project installs from serves only the packages for this platform, so `npm install`
// leaves other platforms' optional binaries (biome, swc, esbuild, …) out of package-lock.json, and
// `npm ci` then refuses the lock as out of sync. This adds each missing optional package as an optional
// entry (version from its parent's spec, os/cpu from its name) so npm ci skips it on this platform and
// installs it where it belongs. Run after `npm install`.
import { readFileSync, writeFileSync } from "node:fs";

const LOCK = "package-lock.json";
const lock = JSON.parse(readFileSync(LOCK, "utf8"));
const packages = lock.packages;
let added = 0;

function platformOf(name) {
  const tail = name.split("/").pop();
  const os = [
    "android",
    "darwin",
    "freebsd",
    "linux",
    "openbsd",
    "netbsd",
    "sunos",
    "win32",
    "aix",
    "openharmony",
  ].find((o) => tail.includes(o));
  const cpu = [
    "arm64",
    "x64",
    "ia32",
    "arm",
    "ppc64",
    "s390x",
    "riscv64",
    "loong64",
    "mips64el",
    "wasm32",
  ].find((c) => new RegExp(`(^|-)${c}($|-)`).test(tail.replace(os ?? "", "")));
  const libc = tail.includes("musl")
    ? ["musl"]
    : tail.includes("gnu") && os === "linux"
      ? ["glibc"]
      : undefined;
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc } : {}) };
}

for (const [path, entry] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path === "" ? "" : `${path}/`;
    const nested = `${base}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (packages[nested] || packages[hoisted]) continue;
    const version = /^\d+\.\d+\.\d+(-[\w.]+)?$/.test(spec) ? spec : spec.replace(/^[\^~=]/, "");
    packages[hoisted] = { version, optional: true, ...(entry.dev ? { dev: true } : {}), ...platformOf(name) };
    added += 1;
  }
}

writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.info(`complete-lockfile: added ${added} optional platform entries`);
