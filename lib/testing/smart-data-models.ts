/**
 * The FIWARE Smart Data Models JSON Schemas kept in ../shared/standards/ngsi-ld, loaded offline into Ajv
 * (draft 2020-12, as their `$schema` says), with the two remote definition files they `$ref` registered from
 * the local copies in its `common/` folder (loading notes in common/README.md).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";

/** ../shared from the project root, where CI keeps it too. */
export const STANDARDS_DIR = path.resolve(import.meta.dirname, "../../../shared/standards/ngsi-ld");

/** The raw URL the air schemas `$ref`; the file's own `$id` is the smart-data-models.github.io one. */
const ENVIRONMENT_SCHEMA_URL =
  "https://raw.githubusercontent.com/smart-data-models/dataModel.Environment/master/Environment-schema.json";

/** Annotations the upstream files carry that are not JSON Schema keywords. */
const ANNOTATIONS = ["$schemaVersion", "modelTags"];

function readJson(...parts: string[]): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(STANDARDS_DIR, ...parts), "utf8")) as Record<string, unknown>;
}

export interface SmartDataModels {
  /** Entity type → compiled schema, one per model folder. */
  validators: Map<string, ValidateFunction>;
}

/** Compiles every model schema; throws if one does not compile or a `$ref` cannot be resolved. */
export function loadSmartDataModels(): SmartDataModels {
  // strictTypes off: the upstream Museum schema puts array keywords on string items, and the files stay verbatim.
  const ajv = new Ajv2020({ allErrors: true, strictTypes: false });
  addFormats(ajv);
  // ajv-formats has no idn-email; the notes ask for a lenient one (one "@" between non-blank parts).
  ajv.addFormat("idn-email", /^[^\s@]+@[^\s@]+$/u);
  ajv.addVocabulary(ANNOTATIONS);
  ajv.addSchema(readJson("common", "common-schema.json"));
  ajv.addSchema({ ...readJson("common", "Environment-schema.json"), $id: ENVIRONMENT_SCHEMA_URL });

  const validators = new Map<string, ValidateFunction>();
  for (const folder of readdirSync(STANDARDS_DIR, { withFileTypes: true })) {
    if (!folder.isDirectory() || folder.name === "common") continue;
    validators.set(folder.name, ajv.compile(readJson(folder.name, "schema.json")));
  }
  return { validators };
}

/** "/category/0 must be equal to one of the allowed values (allowed: barrierAccess, …)" per error. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const allowed = error.params as { allowedValues?: unknown[] };
    const detail = allowed.allowedValues ? ` (allowed: ${allowed.allowedValues.join(", ")})` : "";
    return `${error.instancePath || "/"} ${error.message ?? error.keyword}${detail} [${error.schemaPath}]`;
  });
}
