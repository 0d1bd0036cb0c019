import { describe, expect, it } from 'vitest';
import { bytesPerSource, sizesByGroup, sourceGroup } from './support/source-sizes';

describe('bundle bytes per source', () => {
  it('counts each generated segment for the source it maps to, up to the next segment', () => {
    // Line 1: "xxxx" from a.ts, then "yyy" from preact; line 2: "zz" from a.ts again (source index delta -1).
    const code = 'xxxxyyy\nzz';
    const map = {
      sources: ['../../lib/a.ts', '../../node_modules/preact/dist/preact.mjs'],
      mappings: 'AAAA,ICAA;ADCA',
    };
    const sizes = bytesPerSource(code, map);
    expect(Object.fromEntries(sizes)).toEqual({
      '../../lib/a.ts': 6,
      '../../node_modules/preact/dist/preact.mjs': 3,
      '(unmapped)': 1,
    });
    expect(sizesByGroup(sizes)).toEqual([
      ['lib/a.ts', 6],
      ['npm:preact', 3],
      ['(unmapped)', 1],
    ]);
  });

  it.each([
    ['../../../node_modules/@preact/signals-core/dist/signals-core.module.js', 'npm:@preact/signals-core'],
    ['../../../components/issue-card.tsx', 'components'],
    ['../../../lib/karbon-page/list-marks.ts', 'lib/karbon-page'],
    ['../../../entrypoints/karbon.content/index.tsx', 'entrypoints'],
  ])('groups %s as %s', (source, group) => {
    expect(sourceGroup(source)).toBe(group);
  });
});
