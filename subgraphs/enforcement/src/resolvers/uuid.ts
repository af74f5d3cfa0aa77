const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Keys that cannot be uuids match nothing; filtering them keeps PostgreSQL from refusing the whole batch. */
export const uuidsOf = (keys: readonly string[]) => keys.filter((k) => UUID.test(k));
