import type { ScopeFields } from '@hub/runtime';

/**
 * 分级授权 of the enforcement library (执法人员库 + 监管行为库), issue 3. This file is the one place that says
 * where a record keeps its department and region and what the public may see; `access.ts` applies it.
 *
 * | role                        | Inspection / Penalty / Coercion / OtherAction / Enforcer           | RandomInspectionResult |
 * |-----------------------------|--------------------------------------------------------------------|------------------------|
 * | public (anonymous)          | none (lists empty, by-id and `_entities` null)                     | all 双随机 inspections  |
 * | staff                       | own department's organs (orgCode/orgUscc ∈ user.orgs), adCode in region and below | all       |
 * | leader                      | every department, adCode in region and below                        | all                    |
 * | city_admin / province_admin | like a leader (read only)                                          | all                    |
 * | auditor                     | everything (read only)                                             | all                    |
 * | system                      | everything                                                         | all                    |
 *
 * Writes (`@Authorized('staff', 'leader')`, system always): the record's organ must be one of the user's
 * department's organs and its adCode inside the user's region; updates also need the stored record there.
 * Penalties, coercions and other actions are public only through the credit library's 双公示 penalty
 * publicity, and enforcers not at all. InspectorAssignment rows and the Penalty* parts have no scope of their
 * own: they are reached only through their (scoped) inspection or penalty; an assignment's `enforcer` is
 * scoped as an Enforcer.
 *
 * Personal data: a party's certificate number is a citizen ID when the party is a natural person, so
 * `partyCertNo` is masked unless revealed with a reason (audited); the enforcer's ID number is stored only
 * masked and hashed. The public view carries no personal field: no inspector, the party's citizen ID and a
 * natural person's name masked, no reveal.
 */
export const SCOPE_FIELDS = {
  Inspection: { region: 'adCode', org: 'orgCode' },
  Penalty: { region: 'adCode', org: 'orgCode' },
  Coercion: { region: 'adCode', org: 'orgCode' },
  OtherAction: { region: 'adCode', org: 'orgCode' },
  Enforcer: { region: 'adCode', org: 'orgUscc' },
} as const satisfies Record<string, Required<Pick<ScopeFields, 'region' | 'org'>>>;

export type ScopedType = keyof typeof SCOPE_FIELDS;

/**
 * 双随机、一公开 (domain.md §6): an inspection is a random-draw check when its 检查类别 is 双随机 (the seed
 * city and department systems set it; `planId` is optional and also appears on other checks). Its result
 * is published to everyone, the public included.
 */
export const RANDOM_INSPECTION = { checkCategory: '双随机' } as const;

/** Certificate type of a natural person's party (居民身份证): the name is personal in the public view. */
export const NATURAL_PERSON_CERT_TYPE = '111';
