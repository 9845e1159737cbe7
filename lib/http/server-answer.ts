import "server-only";
import type { ServerAnswer } from "@/lib/client/server-answer";
import { type PublicRead, publicJson } from "./public-answer";

/**
 * A public answer for a page to render, exactly as the API at `url` would give it; undefined when it cannot be
 * read now (the page then asks the API itself and shows its error or retry as usual).
 */
export async function serverAnswer<T>(
  url: string,
  read: () => Promise<PublicRead>,
): Promise<ServerAnswer<T> | undefined> {
  try {
    return { url, data: JSON.parse(await publicJson(await read())) as T, at: Date.now() };
  } catch {
    return undefined;
  }
}
