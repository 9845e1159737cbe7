import "server-only";
import { type SQL, sql } from "drizzle-orm";

/**
 * SQL condition: binding `binding` (an alias of plate_bindings) held the plate of stay `stay` (an alias of
 * parking_stays) when the stay began — its entry, or a lone exit's time. A stay is its holder's at entry:
 * they see it and its bill is theirs, whoever holds the plate later. At any instant a plate has at most one
 * holder (a claim ends the old binding at the very instant the new one starts), so at most one binding
 * matches. The aliases are written by this code, never taken from input.
 */
export function heldAtEntry(binding: string, stay: string): SQL {
  const began = `coalesce(${stay}.entry_at, ${stay}.exit_at)`;
  return sql.raw(
    `(${binding}.plate = ${stay}.plate and ${began} >= ${binding}.bound_at
      and (${binding}.unbound_at is null or ${began} < ${binding}.unbound_at))`,
  );
}
