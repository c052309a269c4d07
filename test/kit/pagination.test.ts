import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { encodeCursor, encodeKeysCursor, MAX_PAGE_SIZE, toConnection, toPage } from '#kit/db';

function errorOf(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('expected an error');
}

describe('Relay pagination', () => {
  it('defaults to 20 and resumes after a cursor', () => {
    expect(toPage({})).toEqual({ limit: 20, offset: 0 });
    expect(toPage({ first: 5, after: encodeCursor(9) })).toEqual({ limit: 5, offset: 10 });
    expect(toPage({ first: 5, after: encodeKeysCursor(['2024-01-01', null]) })).toEqual({ limit: 5, offset: 0, after: ['2024-01-01', null] });
  });

  it('refuses a page over the cap with BAD_USER_INPUT naming the argument', () => {
    const error = errorOf(() => toPage({ first: MAX_PAGE_SIZE + 1 }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    expect(error.message).toContain('between 0 and 100');
  });

  it('refuses negative sizes and foreign cursors', () => {
    expect(errorOf(() => toPage({ first: -1 })).extensions.argumentName).toBe('first');
    expect(errorOf(() => toPage({ after: 'not-a-cursor' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
    expect(errorOf(() => toPage({ after: Buffer.from('offset:-3').toString('base64url') })).extensions.argumentName).toBe('after');
  });

  it('sees the next page from the extra row and counts lazily', async () => {
    let counted = 0;
    const connection = toConnection([1, 2, 3], { limit: 2, offset: 4 }, async () => {
      counted += 1;
      return 7;
    });
    expect(connection.edges.map((edge) => edge.node)).toEqual([1, 2]);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true, startCursor: encodeCursor(4), endCursor: encodeCursor(5) });
    expect(counted).toBe(0);
    expect(await connection.totalCount()).toBe(7);
    expect(await connection.totalCount()).toBe(7);
    expect(counted).toBe(1);
  });

  it('counts a list from its page when the page reaches its end, and only then', async () => {
    const counted: string[] = [];
    const countAs = (name: string, total: number) => async () => {
      counted.push(name);
      return total;
    };
    // From the start to the end: the page is the whole list.
    expect(await toConnection([1, 2], { limit: 5, offset: 0 }, countAs('whole', 99)).totalCount()).toBe(2);
    expect(await toConnection([], { limit: 5, offset: 0 }, countAs('empty', 99)).totalCount()).toBe(0);
    // The last rows after an offset: the offset's rows come before them.
    expect(await toConnection([7, 8], { limit: 5, offset: 10 }, countAs('tail', 99)).totalCount()).toBe(12);
    expect(counted).toEqual([]);
    // Past the end, more to come, or resumed after sort keys: the list is counted.
    expect(await toConnection([], { limit: 5, offset: 10 }, countAs('past the end', 3)).totalCount()).toBe(3);
    expect(await toConnection([1, 2, 3], { limit: 2, offset: 0 }, countAs('more', 40)).totalCount()).toBe(40);
    expect(await toConnection([1], { limit: 5, offset: 0, after: ['2024-01-01', 'x'] }, countAs('after keys', 30)).totalCount()).toBe(30);
    expect(counted).toEqual(['past the end', 'more', 'after keys']);
  });

  it('gives an empty last page', () => {
    const connection = toConnection([], { limit: 10, offset: 0 }, async () => 0);
    expect(connection.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});
