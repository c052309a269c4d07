// Reading PostgreSQL's own error fields through the driver's and drizzle's wrappers.

/** A field of the PostgreSQL error under a driver/ORM error (drizzle wraps it in `cause`). */
function postgresField(error: unknown, read: (error: Error) => unknown): string | undefined {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    const value = read(current);
    if (typeof value === 'string') return value;
  }
  return undefined;
}

export function postgresCode(error: unknown): string | undefined {
  return postgresField(error, (current) =>
    'code' in current && typeof current.code === 'string' && /^[0-9A-Z]{5}$/.test(current.code) ? current.code : undefined);
}

/** The constraint that refused a change, to tell one rule the database enforces from another. */
export function constraintOf(error: unknown): string | undefined {
  return postgresField(error, (current) => ('constraint_name' in current ? current.constraint_name : undefined));
}
