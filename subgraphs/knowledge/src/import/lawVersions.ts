import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Versions of a law share its title (and subtitle: the 民法典 is loaded as one file per 编). The latest
 * version — by promulgation date, then effective date — is 现行 unless its file says otherwise; every
 * earlier one is 已修订. Only rows whose status changes are written.
 */
const SETTLE = `
with ranked as (
  select id, source_status,
         row_number() over (partition by title, coalesce(subtitle, '')
                            order by coalesce(promulgation_date, effective_date) desc, effective_date desc, file_id desc) as rn
  from "knowledge"."law"
  where data_status = 'normal'
), next as (
  select id, case when source_status <> '现行' then source_status when rn = 1 then '现行' else '已修订' end as status
  from ranked
)
update "knowledge"."law" l
set status = next.status, version = l.version + 1, updated_at = now()
from next
where l.id = next.id and l.status is distinct from next.status`;

export async function settleLawVersions(em: EntityManager): Promise<number> {
  const res = await em.getConnection().execute(SETTLE, [], 'run');
  return (res as { affectedRows?: number }).affectedRows ?? 0;
}
