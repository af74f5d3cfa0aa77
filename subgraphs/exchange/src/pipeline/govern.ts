import { loadDivisions, resolveDataDir } from '@hub/codes';
import {
  CodeTable, compileRules, GovernedRow, mapHeaders, RawRow, RecordIngest, ReferenceCheck, RuleDefinition, standardiseRow, validate,
} from '@hub/governance';

let divisionTable: CodeTable | undefined;

/**
 * Problems the reader found in a row that make its content unreliable: the row is sent back. The others
 * (extra or missing cells, merged cells, an error cell) only warn — the rules then judge the values.
 */
const READ_ERRORS = new Set(['BAD_QUOTING', 'SUSPECT_QUOTING', 'UNDECODABLE_TEXT', 'NUMBER_PRECISION_LOST', 'FORMULA_WITHOUT_VALUE']);

/** 行政区划代码 as a code table (current codes only), built once per process. */
function divisions(): CodeTable {
  divisionTable ??= {
    name: 'division',
    title: '行政区划代码',
    values: [...loadDivisions(resolveDataDir()).all()].filter((d) => !d.retired).map((d) => ({ code: d.code, label: d.name })),
  };
  return divisionTable;
}

/**
 * Governance of one row, set up once per delivery: the file's headers mapped to fields, the rule set
 * compiled. `govern` standardises and validates; references are returned for the chunk to check together.
 */
export function createGovernor(ingest: RecordIngest, rules: RuleDefinition[], headers: string[]) {
  const { spec } = ingest;
  const mapping = mapHeaders(spec, headers);
  const compiled = compileRules(rules, [...ingest.codeTables, divisions()]);
  const fieldOfHeader = Object.entries(mapping.byHeader);
  const keyFields = spec.naturalKey;

  return {
    missingRequired: mapping.missingRequired,
    unknownHeaders: mapping.unknown,

    /** Header mapping and standardisation (no rules yet: auto-association may still fill values). */
    standardise(raw: RawRow): GovernedRow {
      const cells: Record<string, string | null> = {};
      for (const [header, field] of fieldOfHeader) cells[field] = raw.cells[header] ?? null;
      const standardised = standardiseRow(spec, cells, mapping.units);
      const violations = [
        ...raw.problems.map((p) => ({
          rule: p.code,
          field: (p.column && mapping.byHeader[p.column]) ?? p.column ?? '',
          severity: READ_ERRORS.has(p.code) ? ('error' as const) : ('warning' as const),
          message: p.message,
        })),
        ...standardised.violations,
      ];
      return { rowNumber: raw.rowNumber, raw: raw.cells, values: standardised.values, violations, links: {} };
    },

    /** The rule set on the (standardised, auto-associated) values; references come back to check per chunk. */
    validate(row: GovernedRow): ReferenceCheck[] {
      const result = validate(compiled, row.values);
      row.violations.push(...result.violations);
      return result.references;
    },

    /** Both steps, for a single record (rectification). */
    govern(raw: RawRow): { row: GovernedRow; checks: ReferenceCheck[] } {
      const row = this.standardise(raw);
      return { row, checks: this.validate(row) };
    },

    /** The record's natural key, or null while a key field is empty. */
    naturalKey(row: GovernedRow): string | null {
      const parts = keyFields.map((f) => row.values[f]);
      return parts.some((p) => p === null || p === undefined || p === '') ? null : parts.join('\u0000');
    },
  };
}
