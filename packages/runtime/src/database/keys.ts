const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);

/**
 * The distinct keys that can be uuids. Ids from clients and the gateway may be anything: a malformed one
 * matches nothing, and must not reach SQL, where it would fail the whole batch.
 */
export const uuidsOf = (keys: readonly string[]): string[] => [...new Set(keys.filter(isUuid))];
