// POST /api/preferences — remember language and elder mode on this device (and the language on the account)
import { cookies } from "next/headers";
import { currentSession } from "@/lib/auth/current-user";
import { setUserLocale } from "@/lib/auth/users";
import { getDb } from "@/lib/db/client";
import { noContent, readJson, route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { ELDER_COOKIE, LOCALE_COOKIE } from "@/lib/i18n/config";
import { PREFERENCE_COOKIE_MAX_AGE, PreferencesInput } from "@/lib/preferences";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: route(async (request) => {
    const input = await readJson(request, PreferencesInput);
    const store = await cookies();
    const options = { path: "/", maxAge: PREFERENCE_COOKIE_MAX_AGE, sameSite: "lax" as const };
    if (input.locale) store.set(LOCALE_COOKIE, input.locale, options);
    if (input.elder !== undefined) store.set(ELDER_COOKIE, input.elder ? "1" : "0", options);
    if (input.locale) {
      const session = await currentSession(request);
      if (session) await setUserLocale(await getDb(), session.user.id, input.locale);
    }
    return noContent();
  }),
});
