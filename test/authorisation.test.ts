import type { GraphQLSchema } from 'graphql';
import { cityUser, createFrame } from '@hub/city';
import { chinaToday, resolveDataDir } from '@hub/codes';
import { HubUser, PUBLIC_USER, regionPrefix, SubgraphDefinition, subgraphSchema, SYSTEM_USER } from '@hub/runtime';
import { asUser, graphqlRequest, startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import { loadSubgraph, SUBGRAPHS } from '../scripts/subgraphs';

/**
 * 分级授权 matrix: for every role, every root field of every library and every entity type (through
 * `_entities` sent straight to the subgraph, as an attacker who bypassed the gateway with a valid user
 * would), exactly the records the policy allows come back. Expectations are written here independently of
 * the libraries' policy code; a root field that this table does not know fails the test, so a new field
 * cannot ship unchecked.
 */

const SCALE = 0.01;
const frame = createFrame({ scale: SCALE, dataDir: resolveDataDir() });
const today = chinaToday();

type Row = Record<string, any>;

/** Where a record keeps its region and department (GraphQL field names), and what the public may see. */
interface RecordRule {
  subgraph: string;
  /** Fields selected for the check (must include `id`). */
  select: string;
  region?: string;
  org?: string;
  deptName?: string;
  dept?: string;
  /** Shared base library: every signed-in role reads its region, whatever the department. */
  shared?: boolean;
  /** Reference data every signed-in role reads in full. */
  signedIn?: boolean;
  /** The public's view; absent = the public sees none. */
  isPublic?: (row: Row) => boolean;
  /** Root connection listing every record of the type. */
  list?: string;
  /** Root fields that find one record by a key: field name → how to take the argument from a row. */
  byKey?: Record<string, (row: Row) => Record<string, unknown> | null>;
  /** Entity key of `_entities` representations (default `id`), or false when the type is not an entity. */
  entityKey?: string | false;
  /** The record's division code when it is not a field of its own. */
  regionOf?: (row: Row) => string;
  /** Versioned: lookups by key answer the current version, so only current rows are looked up. */
  currentOnly?: boolean;
}

const RULES: Record<string, RecordRule> = {
  Subject: {
    subgraph: 'subjects', select: 'id adCode certNo', region: 'adCode', shared: true, list: 'subjects',
    // A natural person's certNo is masked for everyone until revealed, so only the others can be looked up by it.
    byKey: { subject: (r) => ({ id: r.id }), subjectByCertNo: (r) => (r.certNo.includes('*') ? null : { certNo: r.certNo }) },
  },
  Enforcer: {
    subgraph: 'enforcement', select: 'id adCode orgUscc certNo', region: 'adCode', org: 'orgUscc', list: 'enforcers',
    byKey: { enforcer: (r) => ({ id: r.id }), enforcerByCertNo: (r) => ({ certNo: r.certNo }) },
  },
  Inspection: { subgraph: 'enforcement', select: 'id adCode orgCode', region: 'adCode', org: 'orgCode', list: 'inspections', byKey: { inspection: (r) => ({ id: r.id }) } },
  Penalty: { subgraph: 'enforcement', select: 'id adCode orgCode decisionNo', region: 'adCode', org: 'orgCode', list: 'penalties', byKey: { penalty: (r) => ({ id: r.id }), penaltyByDecisionNo: (r) => ({ decisionNo: r.decisionNo }) } },
  Coercion: { subgraph: 'enforcement', select: 'id adCode orgCode', region: 'adCode', org: 'orgCode', list: 'coercions', byKey: { coercion: (r) => ({ id: r.id }) } },
  OtherAction: { subgraph: 'enforcement', select: 'id adCode orgCode', region: 'adCode', org: 'orgCode', list: 'otherActions', byKey: { otherAction: (r) => ({ id: r.id }) } },
  // Publicities carry no division code; their authority's USCC does (characters 3–8).
  PenaltyPublicity: {
    subgraph: 'credit', select: 'id authorityUscc publicUntil status dataStatus', org: 'authorityUscc', regionOf: (r) => r.authorityUscc.slice(2, 8),
    list: 'penaltyPublicities', byKey: { penaltyPublicity: (r) => ({ id: r.id }) },
    isPublic: (r) => r.publicUntil >= today && r.status === 'normal' && r.dataStatus === 'normal',
  },
  LicensePublicity: {
    subgraph: 'credit', select: 'id authorityUscc status dataStatus', org: 'authorityUscc', regionOf: (r) => r.authorityUscc.slice(2, 8),
    list: 'licensePublicities', byKey: { licensePublicity: (r) => ({ id: r.id }) },
    isPublic: (r) => r.status === 'valid' && r.dataStatus === 'normal',
  },
  CreditListing: { subgraph: 'credit', select: 'id listedBy', deptName: 'listedBy', list: 'creditListings', byKey: { creditListing: (r) => ({ id: r.id }) } },
  // The catalogue is public (current, in force); every signed-in role reads all of it, every version.
  RegItem: {
    subgraph: 'catalog', select: 'id itemCode isCurrent status dataStatus', signedIn: true, list: 'regItems', entityKey: 'itemCode', currentOnly: true,
    byKey: { regItem: (r) => ({ itemCode: r.itemCode }) },
    isPublic: (r) => r.isCurrent && r.status === 1 && r.dataStatus === 'normal',
  },
  CheckImplList: {
    subgraph: 'catalog', select: 'id code isCurrent dataStatus', signedIn: true, list: 'checkImplLists', entityKey: 'code', currentOnly: true,
    byKey: { checkImplList: (r) => ({ code: r.code }) },
    isPublic: (r) => r.isCurrent && r.dataStatus === 'normal',
  },
  // Laws and cases are public; inspection rules and contingency plans are for signed-in users only.
  Law: { subgraph: 'knowledge', select: 'id title dataStatus', signedIn: true, list: 'laws', byKey: { law: (r) => ({ id: r.id }) }, isPublic: (r) => r.dataStatus === 'normal' },
  LegalCase: { subgraph: 'knowledge', select: 'id dataStatus', signedIn: true, list: 'legalCases', byKey: { legalCase: (r) => ({ id: r.id }) }, isPublic: (r) => r.dataStatus === 'normal' },
  InspectionRule: { subgraph: 'knowledge', select: 'id', signedIn: true, list: 'inspectionRules' },
  ContingencyPlan: { subgraph: 'knowledge', select: 'id', signedIn: true, list: 'contingencyPlans' },
  Complaint: { subgraph: 'complaints', select: 'id no territory assignedOrg', region: 'territory', deptName: 'assignedOrg', list: 'complaints', byKey: { complaint: (r) => ({ id: r.id }), complaintByNo: (r) => ({ no: r.no }) } },
};

/** Root fields that return no record of a department (or whose rules have their own tests), with the reason. */
const NOT_IN_MATRIX: Record<string, string> = {
  regItemHistory: 'the versions of one item: same rule as regItem (subgraphs/catalog/test/authorisation.test.ts)',
  checkImplListHistory: 'the versions of one list: same rule as checkImplList (subgraphs/catalog/test/authorisation.test.ts)',
  lawByTitle: 'a law by title: same rule as law (subgraphs/knowledge/test/authorisation.test.ts)',
  lawArticle: 'an article: public like its law (subgraphs/knowledge/test/authorisation.test.ts)',
  lawArticleByCitation: 'an article by citation: public like its law (subgraphs/knowledge/test/authorisation.test.ts)',
  searchKnowledge: 'full-text search of the public knowledge (laws, articles, cases, decisions): open to every role including the public (subgraphs/knowledge/test/search.contract.ts runs it as the public)',
  riskFeatures: 'the risk indicator tree: signed-in only (subgraphs/knowledge/test/authorisation.test.ts)',
  trackComplaint: 'one complaint by number + query code, for whoever holds both (subgraphs/complaints/test/authorisation.test.ts)',
  users: 'the user registry: admins in their region, auditors all (subgraphs/identity/test/userAdmin.test.ts)',
  me: 'the caller themself',
  departments: 'the department registry, no personal data, any signed-in user',
  resolveIdentity: 'system only: the gateway resolving a token (subgraphs/identity/test/resolveIdentity.test.ts)',
  auditLog: 'auditors only (subgraphs/identity/test/auditLog.test.ts)',
  verifyAuditChain: 'auditors only (subgraphs/identity/test/auditLog.test.ts)',
  importBatches: 'delivery batches: a department its own, admins and auditors all (subgraphs/exchange/test)',
  importBatch: 'one delivery batch: same rule as importBatches',
  rejectedRecords: 'records sent back for rectification: a department its own (subgraphs/exchange/test/pipeline.test.ts)',
  ruleSets: 'validation rules, no records of a department: any signed-in user',
  apiKeys: "a department's API keys, its own only (subgraphs/exchange/test/push.test.ts)",
  collectors: "a department's collection tasks, its own only (subgraphs/exchange/test/collect.test.ts)",
  dataQuality: "data quality figures of one record type: a department its own, admins and auditors any (subgraphs/exchange/test/quality.test.ts)",
  dataQualityOverview: "data quality figures of every record type: a department its own, admins and auditors any (subgraphs/exchange/test/quality.test.ts)",
  calendarOverrides: 'the working-day calendar, no records: any signed-in user',
  reportBatches: 'upward reporting batches, no records of a department: leaders, admins, auditors (subgraphs/exchange/test/upward.test.ts)',
  randomInspectionResults: 'public 双随机 results: every role sees all of them (subgraphs/enforcement/test/authorisation.test.ts)',
};

interface Role {
  label: string;
  user: HubUser;
}

const ROLES: Role[] = [
  { label: 'public', user: PUBLIC_USER },
  { label: 'SCJG staff, city', user: cityUser(frame, 'staff', 'SCJG', '330100') },
  { label: 'SCJG staff, county', user: cityUser(frame, 'staff', 'SCJG', frame.counties[0].code) },
  { label: 'STHJ staff, city', user: cityUser(frame, 'staff', 'STHJ', '330100') },
  { label: 'SCJG leader, city', user: cityUser(frame, 'leader', 'SCJG', '330100') },
  { label: 'leader, county', user: cityUser(frame, 'leader', 'YJGL', frame.counties[1].code) },
  { label: 'city admin', user: cityUser(frame, 'city_admin', null, '330100') },
  { label: 'province admin', user: cityUser(frame, 'province_admin', null, '330000') },
  { label: 'auditor', user: cityUser(frame, 'auditor', null, '330100') },
  { label: 'system', user: SYSTEM_USER },
];

/** The policy of issue 3, written out for one record. */
function expectedVisible(user: HubUser, rule: RecordRule, row: Row): boolean {
  // Whatever the public may see, everyone may see.
  if (rule.isPublic?.(row)) return true;
  if (user.role === 'public') return false;
  if (user.role === 'auditor' || user.role === 'system' || rule.signedIn) return true;
  const region = rule.regionOf?.(row) ?? (rule.region ? String(row[rule.region]) : undefined);
  const inRegion = region === undefined || region.startsWith(regionPrefix(user.region));
  if (rule.shared || user.role !== 'staff') return inRegion;
  if (rule.org) return inRegion && user.orgs.includes(row[rule.org]);
  if (rule.dept) return inRegion && row[rule.dept] === user.dept;
  if (rule.deptName) return inRegion && row[rule.deptName] === user.deptName;
  return false;
}

let hub: TestHub;
const definitions: SubgraphDefinition[] = SUBGRAPHS.map((s) => loadSubgraph(s.name));
const all = new Map<string, Row[]>();
const urlOf = (subgraph: string) => hub.subgraphs[subgraph].url;

async function request(subgraph: string, user: HubUser, query: string, variables: Record<string, unknown> = {}) {
  const body = await graphqlRequest(urlOf(subgraph), query, variables, await asUser(user));
  return body;
}

/** Every record of a list field the user gets, following cursors. */
async function listAll(user: HubUser, rule: RecordRule): Promise<Row[]> {
  const rows: Row[] = [];
  let after: string | null = null;
  for (;;) {
    const body = await request(rule.subgraph, user, `query($after: String) { ${rule.list}(page: { first: 100, after: $after }) { nodes { ${rule.select} } pageInfo { hasNextPage endCursor } } }`, { after });
    if (body.errors) throw new Error(`${rule.list} as ${user.role}: ${JSON.stringify(body.errors)}`);
    const page = body.data[rule.list!];
    rows.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return rows;
    after = page.pageInfo.endCursor;
  }
}

beforeAll(async () => {
  hub = await startTestSubgraphs(definitions, { seedScale: SCALE });
  for (const [type, rule] of Object.entries(RULES)) all.set(type, await listAll(SYSTEM_USER, rule));
}, 300_000);

afterAll(() => hub?.stop());

test('the seed gives every rule something to decide: each type has records every kind of role should and should not see', () => {
  for (const [type, rule] of Object.entries(RULES)) {
    const rows = all.get(type)!;
    expect({ type, rows: rows.length > 0 }).toEqual({ type, rows: true });
    const staffCounts = ROLES.filter((r) => r.user.role === 'staff').map(({ user }) => rows.filter((r) => expectedVisible(user, rule, r)).length);
    // Shared and signed-in types are visible in full to city staff; of department-owned ones, some staff see
    // some records and some staff not all of them.
    const cityStaff = staffCounts[0];
    if (rule.shared || rule.signedIn) expect({ type, cityStaff }).toEqual({ type, cityStaff: rows.filter((r) => !rule.region || String(r[rule.region]).startsWith('3301')).length });
    else expect({ type, some: Math.max(...staffCounts) > 0, notAll: Math.min(...staffCounts) < rows.length }).toEqual({ type, some: true, notAll: true });
    // Public types have records on both sides of the public line where the seed allows (lapsed publicity, old versions).
    if (rule.isPublic) expect({ type, somePublic: rows.some(rule.isPublic) }).toEqual({ type, somePublic: true });
  }
});

test('every root query field of every library is in the matrix', async () => {
  const covered = new Set<string>();
  for (const rule of Object.values(RULES)) {
    if (rule.list) covered.add(rule.list);
    for (const field of Object.keys(rule.byKey ?? {})) covered.add(field);
  }
  const unknown: string[] = [];
  for (const definition of definitions) {
    const schema: GraphQLSchema = await subgraphSchema(definition);
    for (const name of Object.keys(schema.getQueryType()!.getFields())) {
      if (name === '_entities' || name === '_service') continue;
      if (!covered.has(name) && !NOT_IN_MATRIX[name]) unknown.push(`${definition.name}.${name}`);
    }
  }
  expect(unknown).toEqual([]);
});

describe.each(ROLES)('$label', ({ user }) => {
  test.each(Object.keys(RULES))('%s: list, lookups and _entities return exactly what the policy allows', async (type) => {
    const rule = RULES[type];
    const rows = all.get(type)!;
    const expected = new Set(rows.filter((r) => expectedVisible(user, rule, r)).map((r) => r.id));

    if (rule.list) {
      const seen = user.role === 'public' && !rule.isPublic ? await listOrDenied(user, rule) : await listAll(user, rule);
      expect(new Set(seen.map((r) => r.id))).toEqual(expected);
    }

    // A sample of records on both sides of the line, through each lookup and through _entities.
    const candidates = rule.currentOnly ? rows.filter((r) => r.isCurrent) : rows;
    const sample = [...candidates.filter((r) => expected.has(r.id)).slice(0, 8), ...candidates.filter((r) => !expected.has(r.id)).slice(0, 8)];
    for (const [field, argsOf] of Object.entries(rule.byKey ?? {})) {
      for (const row of sample) {
        const args = argsOf(row);
        if (!args) continue;
        const declared = Object.keys(args).map((k) => `$${k}: ${k === 'id' ? 'ID' : 'String'}!`).join(', ');
        const passed = Object.keys(args).map((k) => `${k}: $${k}`).join(', ');
        const body = await request(rule.subgraph, user, `query(${declared}) { ${field}(${passed}) { id } }`, args);
        const got = body.data?.[field]?.id ?? null;
        expect({ field, id: row.id, got }).toEqual({ field, id: row.id, got: expected.has(row.id) ? row.id : null });
      }
    }

    if (rule.entityKey !== false) {
      const key = rule.entityKey ?? 'id';
      const representations = sample.map((r) => ({ __typename: type, [key]: r[key] }));
      const body = await request(rule.subgraph, user, `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { id } } }`, { r: representations });
      const got = (body.data?._entities ?? sample.map(() => null)).map((e: Row | null) => e?.id ?? null);
      expect(got).toEqual(sample.map((r) => (expected.has(r.id) ? r.id : null)));
    }
  });
});

/** The public asking for a list it may not see: an empty page or a refusal are both "nothing". */
async function listOrDenied(user: HubUser, rule: RecordRule): Promise<Row[]> {
  const body = await request(rule.subgraph, user, `{ ${rule.list}(page: { first: 100 }) { nodes { id } } }`);
  if (body.errors) {
    expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(body.errors[0].extensions.code);
    return [];
  }
  return body.data[rule.list!].nodes;
}
