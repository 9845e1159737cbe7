import { EnvError, env } from "./env";

/** Parses the environment; on a configuration error prints what to set and stops the process. */
export function checkEnvOrExit(): void {
  try {
    env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
