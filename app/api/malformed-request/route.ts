// ANY /api/malformed-request — where the server sends a request whose address cannot be decoded
// (e.g. /api/me/plates/%E0%A4%A): a 400 in the error shape, in the caller's language, for every method
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";

const malformed = route(async () => {
  throw new AppError("malformed_request", "errors.malformedRequest");
});

export const GET = malformed;
export const HEAD = malformed;
export const OPTIONS = malformed;
export const POST = malformed;
export const PUT = malformed;
export const PATCH = malformed;
export const DELETE = malformed;
