export { openRecordFile, type OpenRecordFileOptions } from './openRecordFile';
export type { FileSource } from './fileSource';
export { cellText, dateText, excelScientific } from './cellText';
