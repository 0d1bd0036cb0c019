// Base64 VLQ digits of source-map `mappings` (https://tc39.es/ecma426/#sec-mappings).
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The fields of a source map this reads. */
export interface SourceMapLike {
  sources: string[];
  mappings: string;
}

/** Decodes one line's segments as [generated column, source index or -1]. */
function segmentsOf(line: string, state: { source: number }): [number, number][] {
  const segments: [number, number][] = [];
  let column = 0;
  for (const segment of line.split(',')) {
    if (!segment) continue;
    const fields: number[] = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = DIGITS.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) {
        shift += 5;
        continue;
      }
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
    column += fields[0] ?? 0;
    if (fields.length > 1) state.source += fields[1] ?? 0;
    segments.push([column, fields.length > 1 ? state.source : -1]);
  }
  return segments;
}

/**
 * Bytes of a minified bundle per source file: each generated segment counts for the source it maps to, up to the next
 * segment; what maps to nothing (the bundler's own wrapper) is `(unmapped)`.
 */
export function bytesPerSource(code: string, map: SourceMapLike): Map<string, number> {
  const sizes = new Map<string, number>();
  const add = (source: string, text: string) => sizes.set(source, (sizes.get(source) ?? 0) + Buffer.byteLength(text));
  const lines = code.split('\n');
  const state = { source: 0 };
  map.mappings.split(';').forEach((mapping, index) => {
    const line = lines[index] ?? '';
    const segments = segmentsOf(mapping, state);
    add('(unmapped)', line.slice(0, segments[0]?.[0] ?? line.length) + (index < lines.length - 1 ? '\n' : ''));
    segments.forEach(([column, source], i) => {
      const end = segments[i + 1]?.[0] ?? line.length;
      add(source < 0 ? '(unmapped)' : (map.sources[source] ?? '(unmapped)'), line.slice(column, end));
    });
  });
  return sizes;
}

/** A source's group in a size breakdown: its npm package, else its folder (`components`, `lib/state`, ...). */
export function sourceGroup(source: string): string {
  const path = source.replace(/^(\.\.?\/)+/, '');
  const npm = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  if (npm) return `npm:${npm[1]}`;
  const parts = path.split('/');
  return parts.length <= 1 ? path : parts[0] === 'lib' ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Sums per-source sizes by group, largest first. */
export function sizesByGroup(sizes: Map<string, number>): [string, number][] {
  const groups = new Map<string, number>();
  for (const [source, bytes] of sizes) groups.set(sourceGroup(source), (groups.get(sourceGroup(source)) ?? 0) + bytes);
  return [...groups].sort((a, b) => b[1] - a[1]);
}
