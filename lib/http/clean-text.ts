import { AppError } from "@/lib/errors";

/** Text Postgres and JSON can hold as it is: well-formed Unicode (no lone surrogate) and no NUL. */
export function isCleanText(value: string): boolean {
  return value.isWellFormed() && !value.includes("\u0000");
}

/**
 * Where the first string that is not clean text sits in a parsed JSON value — a key or a value, however
 * deep ("body", "events.3.plate", "nested.<key>") — or null when every string is clean. Walks without
 * recursion, so a deeply nested body cannot exhaust the stack.
 */
export function findUncleanText(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, ""]];
  while (stack.length > 0) {
    const [item, path] = stack.pop()!;
    if (typeof item === "string") {
      if (!isCleanText(item)) return path || "body";
    } else if (Array.isArray(item)) {
      for (let index = item.length - 1; index >= 0; index -= 1) stack.push([item[index], join(path, index)]);
    } else if (item !== null && typeof item === "object") {
      for (const [key, child] of Object.entries(item)) {
        if (!isCleanText(key)) return join(path, "<key>");
        stack.push([child, join(path, key)]);
      }
    }
  }
  return null;
}

/** A 400 naming the field when a parsed body holds a NUL or a lone surrogate anywhere. */
export function rejectUncleanText(value: unknown): void {
  const field = findUncleanText(value);
  if (field !== null) throw uncleanTextError(field);
}

export function uncleanTextError(field: string): AppError {
  return new AppError("bad_request", "errors.textNotClean", { values: { field: field.slice(0, 100) } });
}

function join(path: string, key: string | number): string {
  return path ? `${path}.${key}` : String(key);
}
