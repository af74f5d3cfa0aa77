import type { FileProblem, RecordSource } from '../types';

/** What openRecordFile returns: a RecordSource plus what concerns the file as a whole. */
export interface FileSource extends RecordSource {
  /** The sheet read (xlsx). */
  sheet?: string;
  /** The row the header was found on (1-based, as in the file). */
  headerRow: number;
  /** Problems of the file as a whole, reported once: duplicate or empty header names, merged cells. */
  problems: FileProblem[];
  /** Releases the file when the rows are not read to the end (reading to the end releases it too). */
  close(): Promise<void>;
}
