import type { ChunkDb, RecordIngest, RuleDefinition } from '@hub/governance';

export interface ActiveRuleSet {
  version: number;
  rules: RuleDefinition[];
}

/** The newest rule set of a record type; the library's defaults become version 1 the first time. */
export async function activeRuleSet(db: ChunkDb, ingest: RecordIngest): Promise<ActiveRuleSet> {
  const type = ingest.spec.type;
  await db.query(
    `insert into exchange.rule_set (id, record_type, rule_version, rules, note, created_by)
     select gen_random_uuid(), $1::varchar, 1, $2::jsonb, '系统默认规则', 'system'
     where not exists (select 1 from exchange.rule_set where record_type = $1::varchar)
     on conflict (record_type, rule_version) do nothing`,
    [type, JSON.stringify(ingest.defaultRules)],
  );
  const { rows } = await db.query(`select rule_version, rules from exchange.rule_set where record_type = $1 and data_status = 'normal' order by rule_version desc limit 1`, [type]);
  return { version: Number(rows[0].rule_version), rules: rows[0].rules };
}
