import "server-only";
import { cookies } from "next/headers";
import { SESSION_COOKIE } from "./session-cookie";

/**
 * Whether the request carries a session cookie at all: a page for signed-in people shows its sign-in prompt at once
 * to everyone else, without asking the personal APIs for a 401 (a console error and a wasted round trip on every
 * visit). A cookie that is there but expired still gets its 401 from the API, which the page handles.
 */
export async function mayBeSignedIn(): Promise<boolean> {
  return (await cookies()).has(SESSION_COOKIE);
}
