import { beforeEach, describe, expect, it } from 'vitest';
import { caller, testContext } from './call-module';
import { createKarbonModule } from './index';
import { karbonFixture, responseErrors } from './karbon-spec';

const API = '/karbon-api/v3';

interface ListBody {
  '@odata.count': number;
  '@odata.nextLink'?: string;
  value: { ContactKey?: string; OrganizationKey?: string; FullName: string; LastModifiedDateTime: string }[];
}

function person(i: number, extra: Record<string, unknown> = {}) {
  return {
    ContactKey: `P${String(i).padStart(4, '0')}`,
    FirstName: `Person${String(i).padStart(3, '0')}`,
    LastName: 'Filler',
    LastModifiedDateTime: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    BusinessCards: [
      {
        IsPrimaryCard: true,
        EmailAddresses: [`p${i}@filler.example`],
        PhoneNumbers: [{ Number: `0400 000 ${String(i).padStart(3, '0')}`, Label: 'Mobile' }],
      },
    ],
    ...extra,
  };
}

let call: ReturnType<typeof caller>;
beforeEach(() => {
  const karbon = createKarbonModule(testContext());
  karbon.load({
    karbon: {
      contacts: [
        ...Array.from({ length: 250 }, (_, i) => person(i)),
        person(900, { FirstName: 'Mereana', LastName: "O'Brien", ContactType: 'Prospect', ExternalKey: 'XPM-77' }),
      ],
      organizations: [karbonFixture('organization-get-expanded.json'), { FullName: 'Harbour Bridge Pty Ltd' }],
    },
  });
  call = caller(karbon.routes);
});

const list = async (query: string, set = 'Contacts') => {
  const res = await call('GET', `${API}/${set}${query}`);
  expect(res.status).toBe(200);
  return res.json() as ListBody;
};

describe('GET /v3/Contacts paging', () => {
  it('serves 100 rows per page with @odata.count and a followable @odata.nextLink until the end', async () => {
    let page = await list('');
    const seen: string[] = [];
    for (;;) {
      expect(page['@odata.count']).toBe(251);
      seen.push(...page.value.map((r) => r.ContactKey ?? ''));
      if (!page['@odata.nextLink']) break;
      expect(page.value).toHaveLength(100);
      const next = new URL(page['@odata.nextLink']);
      const res = await call('GET', `${next.pathname}${next.search}`);
      page = res.json() as ListBody;
    }
    expect(seen).toHaveLength(251);
    expect(new Set(seen).size).toBe(251);
  });

  it('keeps $filter and $orderby in the nextLink', async () => {
    const page = await list("?$filter=contains(FullName,'person')&$orderby=FullName desc");
    const next = new URL(page['@odata.nextLink'] ?? '');
    expect(next.searchParams.get('$filter')).toBe("contains(FullName,'person')");
    expect(next.searchParams.get('$orderby')).toBe('FullName desc');
    expect(next.searchParams.get('$skip')).toBe('100');
  });

  it('honours $top and $skip without a nextLink (client-driven paging)', async () => {
    const page = await list('?$top=5&$skip=10');
    expect(page.value.map((r) => r.ContactKey)).toEqual(['P0010', 'P0011', 'P0012', 'P0013', 'P0014']);
    expect(page['@odata.nextLink']).toBeUndefined();
    expect(page['@odata.count']).toBe(251);
  });

  it('orders by LastModifiedDateTime desc, newest first, and moves an edited record to the top', async () => {
    const before = await list('?$orderby=LastModifiedDateTime desc&$top=3');
    expect(before.value.map((r) => r.ContactKey)).toEqual(['P0900', 'P0249', 'P0248']);
    await call('PATCH', `${API}/Contacts/P0003`, { body: { PreferredName: 'Three' } });
    const after = await list('?$orderby=LastModifiedDateTime desc&$top=1');
    expect(after.value[0]?.ContactKey).toBe('P0003');
    expect((after.value[0]?.LastModifiedDateTime ?? '') > (before.value[0]?.LastModifiedDateTime ?? '')).toBe(true);
  });

  it('orders by FullName ascending and descending', async () => {
    expect((await list('?$orderby=FullName&$top=1')).value[0]?.FullName).toBe("Mereana O'Brien");
    expect((await list('?$orderby=FullName desc&$top=1')).value[0]?.FullName).toBe('Person249 Filler');
  });
});

describe('GET /v3/Contacts $filter', () => {
  it.each([
    ["FullName eq 'person007 filler'", ['P0007']],
    ["FullName eq 'Mereana O''Brien'", ['P0900']],
    ["EmailAddress eq 'P12@FILLER.example'", ['P0012']],
    ["PhoneNumber eq '0400 000 042'", ['P0042']],
    [
      "contains(EmailAddress,'p24') and contains(FullName, 'Person24')",
      ['P0240', 'P0241', 'P0242', 'P0243', 'P0244', 'P0245', 'P0246', 'P0247', 'P0248', 'P0249'],
    ],
    ["(ContactType eq 'prospect')", ['P0900']],
    ["ExternalKey eq 'XPM-77'", ['P0900']],
    ["FullName eq 'Nobody Here'", []],
  ])('%s', async (filter, keys) => {
    const body = await list(`?$filter=${encodeURIComponent(filter)}`);
    expect(body.value.map((r) => r.ContactKey)).toEqual(keys);
    expect(body['@odata.count']).toBe(keys.length);
    expect(responseErrors('GET', '/v3/Contacts', 200, body)).toEqual([]);
  });

  it('filters Organizations by FullName and EmailAddress, case-insensitively', async () => {
    const body = await list(
      "?$filter=FullName eq 'sample company' and EmailAddress eq 'SAMPLE@example.com'",
      'Organizations',
    );
    expect(body.value.map((r) => r.OrganizationKey)).toEqual(['2Nw8tnxwQCVf']);
  });
});

describe('unsupported OData answers the documented 400 error bodies', () => {
  const fixture = (name: string) => karbonFixture(`errors/${name}.json`);

  it('$top above 100 answers Limit_Exceeded_Top verbatim', async () => {
    const res = await call('GET', `${API}/Contacts?$top=130`);
    expect(res.status).toBe(400);
    expect(res.json()).toEqual(fixture('Limit_Exceeded_Top'));
  });

  it.each([
    [
      'Contacts',
      "$filter=Nickname eq 'x'",
      'Unsupported_Property_Filter',
      "Could not find a property named 'Nickname' on type 'KarbonService.ContactSummaryDTO'.",
    ],
    [
      'Organizations',
      "$filter=Colour eq 'x'",
      'Unsupported_Property_Filter',
      "Could not find a property named 'Colour' on type 'KarbonService.OrganizationSummaryDTO'.",
    ],
    [
      'Contacts',
      '$orderby=EmailAddress',
      'Orderby_Unsupported_Property',
      "The property 'EmailAddress' cannot be used in the $orderby query option.",
    ],
    [
      'Contacts',
      "$filter=FullName eq 'a' or FullName eq 'b'",
      'Unsupported_Logical_Operator',
      "Logical operator 'Or' is not allowed.",
    ],
    [
      'Contacts',
      "$filter=FullName ne 'a'",
      'Unsupported_Logical_Operator',
      "Logical operator 'NotEqual' is not allowed.",
    ],
    ['Contacts', '$select=FullName', 'Unsupported_option', "Query option '$select' is not allowed."],
    ['Contacts', '$expand=BusinessCards', 'Unsupported_option', "Query option '$expand' is not allowed."],
  ])('%s ?%s -> %s', async (set, query, example, message) => {
    const res = await call('GET', `${API}/${set}?${query}`);
    expect(res.status).toBe(400);
    const body = res.json() as { error: { code: string; message: string } };
    expect(body.error.code).toBe((fixture(example) as { error: { code: string } }).error.code);
    expect(body.error.message.startsWith(message)).toBe(true);
  });

  it.each([
    "FullName eq 'unterminated",
    'FullName eq',
    "FullName eq 'a' and",
    "startswith(FullName,'a')",
    "contains(FullName,'a')",
    'LastModifiedDateTime eq 5',
    "LastModifiedDateTime eq '2026-01-01'",
    'PhoneNumber eq 0400',
    "((FullName eq 'a')",
  ])('rejects $filter=%s with a 4002 error and leaves the store usable', async (filter) => {
    const set = filter.startsWith('contains') ? 'Organizations' : 'Contacts';
    const res = await call('GET', `${API}/${set}?$filter=${encodeURIComponent(filter)}`);
    expect(res.status).toBe(400);
    expect((res.json() as { error: { code: string } }).error.code).toBe('4002');
    expect((await list('?$top=1'))['@odata.count']).toBe(251);
  });

  it.each(['-1', 'abc', '1.5'])('rejects $top and $skip set to %s', async (value) => {
    for (const option of ['$top', '$skip']) {
      const res = await call('GET', `${API}/Contacts?${option}=${value}`);
      expect(res.status).toBe(400);
      expect((res.json() as { error: { code: string } }).error.code).toBe('4002');
    }
  });
});
