import { loadDivisions, resolveDataDir } from '@hub/codes';
import {
  CodeTable, compileRules, GovernedRow, isDeletion, mapHeaders, RawRow, readOperation, RecordIngest, ReferenceCheck, RuleDefinition, standardiseRow, validate,
  withOperationField,
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
  // Every type also takes 操作类型 (I/U/D) beside its national fields.
  const spec = withOperationField(ingest.spec);
  const mapping = mapHeaders(spec, headers);
  const compiled = compileRules(rules, [...ingest.codeTables, divisions()]);
  const fieldOfHeader = Object.entries(mapping.byHeader);
  const keyFields = spec.naturalKey;
  const keyRules = { ...compiled, checks: compiled.checks.filter((c) => keyFields.includes(c.rule.field) && c.rule.kind !== 'reference' && c.rule.kind !== 'dateOrder') };

  return {
    missingRequired: mapping.missingRequired,
    /** The delivery says per row what to do (操作类型): deletions name only their key, so columns are judged per row. */
    hasOperationColumn: Object.values(mapping.byHeader).includes('cdOperation'),
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
      const operation = readOperation(standardised.values);
      if (operation) violations.push(operation);
      return { rowNumber: raw.rowNumber, raw: raw.cells, values: standardised.values, violations, links: {} };
    },

    /** The rule set on the (standardised, auto-associated) values; references come back to check per chunk. */
    validate(row: GovernedRow): ReferenceCheck[] {
      // A deletion names its record by natural key: only the key's own rules run (code labels become codes).
      if (isDeletion(row.values)) {
        row.violations.push(...validate(keyRules, row.values).violations);
        for (const name of keyFields) {
          const value = row.values[name];
          if ((value !== null && value !== undefined && value !== '') || row.violations.some((v) => v.field === name)) continue;
          const header = spec.fields.find((f) => f.name === name)?.header ?? name;
          row.violations.push({ rule: 'DELETE_KEY_REQUIRED', field: name, severity: 'error', message: `删除记录须填写业务主键「${header}」`, value: null });
        }
        return [];
      }
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
      return parts.some((p) => p === null || p === undefined || p === '') ? null : parts.join('\u001f'); // text PostgreSQL can store
    },
  };
}
