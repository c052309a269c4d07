import { DrizzleQueryError } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { describeForLog } from '#kit/errors';

describe('server log of unexpected errors', () => {
  it('keeps a failed query’s SQL and driver message but not its parameters (personal data)', () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "x"'), { code: '23505' });
    const line = describeForLog(new DrizzleQueryError('insert into staff_members (email) values ($1)', ['amina@demo.invalid'], cause));
    expect(line).toContain('23505');
    expect(line).toContain('insert into staff_members');
    expect(line).not.toContain('amina@demo.invalid');
  });
});
