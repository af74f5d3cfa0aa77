// 数据治理: shapes, file readers and templates, standardisation, rules as data. The pipeline that runs them
// against the database lives in the exchange library; each record type's storage in its own library.
export * from './types';
export * from './readers';
export * from './templates';
export * from './standardise';
export * from './rules';
export * from './store/upsertRecords';
export * from './operation';
export * from './store/softDeleteRecords';
export * from './store/uuidv7';
export * from './departments';
