/**
 * Counts SQL statements per process: tests assert that a federated list does not issue one query per
 * entity (the N+1 guard). Fed by the ORM logger.
 */
let statements = 0;
export const queryCounter = {
  record(): void {
    statements += 1;
  },
  get count(): number {
    return statements;
  },
  reset(): void {
    statements = 0;
  },
};
