import type { RecordIngest } from '@hub/governance';
import { coercionIngest, enforcerIngest, inspectionIngest, otherActionIngest, penaltyIngest } from '@hub/enforcement';
import { subjectIngest } from '@hub/subjects';
import { complaintIngest } from '@hub/complaints';
import { creditListingIngest, licensePublicityIngest, penaltyPublicityIngest } from '@hub/credit';
import { implListIngest, regItemIngest } from '@hub/catalog';

/** Every record type the data centre takes in, by type name; each is owned by its library. */
export const INGESTS: Record<string, RecordIngest> = {
  subject: subjectIngest,
  enforcer: enforcerIngest,
  inspection: inspectionIngest,
  penalty: penaltyIngest,
  coercion: coercionIngest,
  otherAction: otherActionIngest,
  complaint: complaintIngest,
  penaltyPublicity: penaltyPublicityIngest,
  licensePublicity: licensePublicityIngest,
  creditListing: creditListingIngest,
  regItem: regItemIngest,
  implList: implListIngest,
};

export function ingestOf(type: string): RecordIngest {
  const ingest = INGESTS[type];
  if (!ingest) throw new Error(`未知的数据类型 ${type}（可选：${Object.keys(INGESTS).join('、')}）`);
  return ingest;
}
