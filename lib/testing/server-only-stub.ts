// vitest runs outside React Server Components; "server-only" would throw there, so tests alias it to this.
export {};
