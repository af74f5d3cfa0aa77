/** A PostgreSQL array literal for uuids: knex expands a JS array binding into a list, `any(?::uuid[])` needs one value. */
export const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;
