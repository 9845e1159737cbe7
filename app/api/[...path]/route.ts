// ANY /api/* that matches no route — the JSON error shape instead of an HTML 404 page, for every method
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";

const notFound = route(async () => {
  throw new AppError("not_found", "errors.notFound");
});

export const GET = notFound;
export const HEAD = notFound;
export const OPTIONS = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
