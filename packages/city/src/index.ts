// The deterministic seed city (杭州市): every library generates its own part from the same frame, so
// records agree across libraries without any library reading another's tables.
export * from './rng';
export * from './frame';
export * from './departments';
export * from './laws';
export * from './subjects';
export * from './enforcers';
export * from './catalog';
export * from './behaviour';
export * from './complaints';
export * from './credit';
export * from './organs';
export * from './deliveries';
