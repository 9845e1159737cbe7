// Lint for the bilingual promise: both catalogues have the same keys, and no component hard-codes
// visible text (JSX text or string literals in user-visible attributes).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const LOCALES = ["zh-CN", "en"];
const MESSAGES = "lib/i18n/messages";
const SCAN = ["app", "components"];
const VISIBLE_ATTRIBUTES = new Set(["aria-label", "title", "alt", "placeholder", "aria-description"]);
// Names of languages are written in themselves on purpose (a person who can't read the UI finds theirs).
const ALLOWED_TEXT = new Set(["中文", "English"]);
const problems = [];

function flatten(object, prefix = "") {
  return Object.entries(object).flatMap(([key, value]) =>
    value && typeof value === "object" ? flatten(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

const namespaces = readdirSync(path.join(MESSAGES, LOCALES[0])).filter((f) => f.endsWith(".json"));
for (const file of namespaces) {
  const keys = LOCALES.map(
    (locale) => new Set(flatten(JSON.parse(readFileSync(path.join(MESSAGES, locale, file), "utf8")))),
  );
  for (const [i, locale] of LOCALES.entries()) {
    const other = keys[1 - i];
    for (const key of keys[i]) {
      if (!other.has(key)) problems.push(`${file}: "${key}" is in ${locale} but not in ${LOCALES[1 - i]}`);
    }
  }
}

function files(dir) {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return files(full);
    return full.endsWith(".tsx") ? [full] : [];
  });
}

const hasWords = (text) => /[\p{L}]/u.test(text) && !ALLOWED_TEXT.has(text.trim());

for (const file of SCAN.flatMap(files)) {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const visit = (node) => {
    if (ts.isJsxText(node) && hasWords(node.getText())) {
      report(file, source, node, `JSX text "${node.getText().trim().slice(0, 40)}"`);
    }
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init) && hasWords(init.text))
        report(file, source, node, `${node.name.getText()}="${init.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

function report(file, source, node, what) {
  const { line } = source.getLineAndCharacterOfPosition(node.getStart());
  problems.push(`${file}:${line + 1}: hard-coded text ${what} — put it in lib/i18n/messages`);
}

if (problems.length) {
  console.error(`i18n check failed (${problems.length}):\n${problems.join("\n")}`);
  process.exit(1);
}
console.info(
  `i18n check: ${namespaces.length} namespaces in ${LOCALES.join(" + ")} match; no hard-coded text.`,
);
