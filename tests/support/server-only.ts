// Vitest runs outside React Server Components: `server-only` would throw on import.
export {};
