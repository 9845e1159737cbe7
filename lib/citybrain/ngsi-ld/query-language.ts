/**
 * The subset of the NGSI-LD query language (`q=`) the broker evaluates: terms joined by `;` (AND), each
 * an attribute name alone (the attribute exists) or `name op value` with op one of == != > >= < <= and a
 * value that is a number, a "quoted string", true/false, or (for == and !=) a comma list of those.
 * Against an array attribute, == holds if any element matches and != if none does.
 * OR (`|`), parentheses, patterns (~=), ranges (..) and attribute paths (a.b, a[b]) are refused.
 */
import { attributeValue, type NgsiEntity } from "./normalized";
import { badRequest, notSupported } from "./problem-details";

type Operator = "==" | "!=" | ">=" | "<=" | ">" | "<";
type Literal = string | number | boolean;
export type QueryTerm = { attribute: string; operator?: Operator; values: Literal[] };

const ATTRIBUTE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const OPERATORS: Operator[] = ["==", "!=", ">=", "<=", ">", "<"];

export function parseQuery(q: string): QueryTerm[] {
  return splitOutsideQuotes(q, ";").map(parseTerm);
}

function parseTerm(term: string): QueryTerm {
  const text = term.trim();
  if (!text) throw badRequest(`q: empty term in "${term}"`);
  if (/[|()]/.test(stripQuoted(text)) || stripQuoted(text).includes("~=")) {
    throw notSupported(`q: only ";"-joined comparisons are served, not "${text}"`);
  }
  const at = firstOperator(text);
  const attribute = (at ? text.slice(0, at.index) : text).trim();
  if (/[.[\]]/.test(attribute)) throw notSupported(`q: attribute paths are not served ("${attribute}")`);
  if (!ATTRIBUTE.test(attribute)) throw badRequest(`q: "${attribute}" is not an attribute name`);
  if (!at) return { attribute, values: [] };
  const raw = text.slice(at.index + at.operator.length).trim();
  if (stripQuoted(raw).includes("..")) throw notSupported(`q: ranges are not served ("${raw}")`);
  const values = splitOutsideQuotes(raw, ",").map(parseLiteral);
  if (values.length > 1 && at.operator !== "==" && at.operator !== "!=") {
    throw badRequest(`q: a value list needs == or != ("${text}")`);
  }
  return { attribute, operator: at.operator, values };
}

function firstOperator(text: string): { index: number; operator: Operator } | undefined {
  const unquoted = stripQuoted(text);
  for (let index = 0; index < unquoted.length; index++) {
    const operator = OPERATORS.find((op) => unquoted.startsWith(op, index));
    if (operator) return { index, operator };
  }
  return undefined;
}

function parseLiteral(raw: string): Literal {
  const text = raw.trim();
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) return text.slice(1, -1);
  if (text === "true") return true;
  if (text === "false") return false;
  if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text)) return Number(text);
  throw badRequest(`q: "${raw}" is not a number, a "quoted string", true or false`);
}

/** Replaces quoted text with spaces, so separators inside strings are not seen. */
function stripQuoted(text: string): string {
  return text.replace(/"[^"]*"/g, (quoted) => " ".repeat(quoted.length));
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const unquoted = stripQuoted(text);
  if ((text.match(/"/g)?.length ?? 0) % 2 !== 0) throw badRequest(`q: unbalanced quotes in "${text}"`);
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < unquoted.length; i++) {
    if (unquoted[i] === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

export function matchesQuery(entity: NgsiEntity, terms: QueryTerm[]): boolean {
  return terms.every((term) => matchesTerm(attributeValue(entity, term.attribute), term));
}

function matchesTerm(target: unknown, term: QueryTerm): boolean {
  if (target === undefined || target === null) return false;
  if (!term.operator) return true;
  const elements = Array.isArray(target) ? target : [target];
  if (term.operator === "!=") return !elements.some((element) => term.values.some((v) => element === v));
  return elements.some((element) => term.values.some((value) => compare(element, term.operator!, value)));
}

function compare(element: unknown, operator: Operator, value: Literal): boolean {
  if (typeof element !== typeof value) return false;
  const a = element as Literal;
  switch (operator) {
    case "==":
      return a === value;
    case ">":
      return a > value;
    case ">=":
      return a >= value;
    case "<":
      return a < value;
    case "<=":
      return a <= value;
    default:
      return false;
  }
}
