/**
 * A notification may only open a page of this app: a path like "/parking/bills/1". Absolute URLs,
 * protocol-relative "//host" and backslash tricks are refused, so a message cannot send anyone elsewhere.
 */
export function isSafeAppPath(url: unknown): url is string {
  return (
    typeof url === "string" &&
    url.length <= 1000 &&
    url.startsWith("/") &&
    !url.startsWith("//") &&
    !url.includes("\\") &&
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we refuse
    !/[\u0000-\u001f\u007f]/.test(url)
  );
}
