import { describe, expect, it } from 'vitest';
import { identifierKey, karbonIdentifierFor, sourceOfKarbonIdentifier } from '../../../lib/sync/source-key';

const UUID = '8C1F6B2E-3D4A-4B5C-9D8E-7F6A5B4C3D2E';

describe('Karbon Client Identifiers the sync gives', () => {
  it.each([
    [{ system: 'xero', id: UUID }, `XERO-${UUID.toLowerCase()}`],
    [{ system: 'xpm-client', id: UUID }, `XPM-${UUID.toLowerCase()}`],
    [{ system: 'xpm-contact', id: UUID }, `XPMC-${UUID.toLowerCase()}`],
  ] as const)('%o keys as %s and reads back', (source, identifier) => {
    expect(karbonIdentifierFor(source)).toBe(identifier);
    expect(sourceOfKarbonIdentifier(identifier)).toEqual({ ...source, id: UUID.toLowerCase() });
    expect(sourceOfKarbonIdentifier(identifier.toUpperCase())).toEqual({ ...source, id: UUID.toLowerCase() });
  });

  it.each(['ACME01', 'XERO-', '', null, undefined, 'XPMX-1'])('leaves a firm code alone: %s', (value) => {
    expect(sourceOfKarbonIdentifier(value)).toBeUndefined();
  });

  it('compares case-insensitively, like Karbon', () => {
    expect(identifierKey(' XERO-ABC ')).toBe(identifierKey('xero-abc'));
  });

  it('refuses a record without an id (an empty identifier would collide)', () => {
    expect(() => karbonIdentifierFor({ system: 'xero', id: ' ' })).toThrow(/without an id/);
  });
});
