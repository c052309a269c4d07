import { describe, expect, it } from 'vitest';
import { configurationTable, readmeTable } from '../../scripts/config-doc.js';

// README's table of environment variables is generated from the configuration schemas: a
// variable added, removed or given another default shows here until `npm run docs:config`.

describe('configuration table', () => {
  it('README shows every variable the schemas read, with their defaults, as generated', () => {
    expect(readmeTable()).toBe(configurationTable());
  });
});
