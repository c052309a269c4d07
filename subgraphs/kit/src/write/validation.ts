import type { z } from 'zod';
import { badUserInput } from '../errors/index.js';

/**
 * Checks a mutation's input against a zod schema. The first problem becomes BAD_USER_INPUT
 * naming the argument path (`input.capacity`) and, in the schema's own words, what to fix.
 */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, argumentName = 'input'): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = [argumentName, ...issue.path.map(String)].join('.');
  throw badUserInput(`\`${path}\`: ${issue.message}`, path);
}
