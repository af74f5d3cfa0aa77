import type { EntityManager } from '@mikro-orm/postgresql';
import { EntityName } from '@mikro-orm/core';
import { createFrame, creditOfSubject, inspectionAt, penaltyPublicityOf, subjectAt } from '@hub/city';
import { insertRows, type SeedOptions } from '@hub/runtime';
import { PenaltyPublicity } from './entities/PenaltyPublicity';
import { LicensePublicity } from './entities/LicensePublicity';
import { CreditListing } from './entities/CreditListing';
import { licenceStatusOf, publicityStatusOfCode } from './entities/creditEnums';
import { publishDeadline } from './rules/workingDays';
import { wanString } from './rules/wanAmount';

const BATCH = 1000;
type Row = Record<string, unknown>;

/**
 * Writes the seed city's credit records: the 双公示 of penalties on legal persons, and the licences and
 * list entries of legal subjects. Ids come from the city, so re-running inserts nothing new.
 */
export async function seedCredit(em: EntityManager, { scale, dataDir }: SeedOptions) {
  const frame = createFrame({ scale, dataDir });
  const penalties = new BatchWriter(em, PenaltyPublicity);
  for (let j = 0; j < frame.inspectionCount; j++) {
    const publicity = penaltyPublicityOf(frame, inspectionAt(frame, j));
    if (!publicity) continue;
    await penalties.add({
      ...publicity,
      fineWan: wanString(publicity.fineWan),
      confiscatedWan: wanString(publicity.confiscatedWan),
      publishDeadline: publishDeadline(publicity.decisionDate),
      status: publicityStatusOfCode(publicity.status),
      sourceDept: 'SEED',
    });
  }
  const licenses = new BatchWriter(em, LicensePublicity);
  const listings = new BatchWriter(em, CreditListing);
  for (let i = 0; i < frame.subjectCount; i++) {
    const subject = subjectAt(frame, i);
    const credit = creditOfSubject(frame, subject);
    for (const licence of credit.licenses) {
      await licenses.add({ ...licence, status: licenceStatusOf(licence.status), dataSource: licence.authority, dataSourceUscc: licence.authorityUscc, sourceDept: 'SEED' });
    }
    for (const listing of credit.listings) await listings.add({ ...listing, partyName: subject.name, sourceDept: 'SEED' });
  }
  return {
    penaltyPublicities: await penalties.finish(),
    licensePublicities: await licenses.finish(),
    creditListings: await listings.finish(),
  };
}

/** Collects rows and inserts them ~1000 at a time, skipping ids already present. */
class BatchWriter {
  private rows: Row[] = [];
  private inserted = 0;
  constructor(private readonly em: EntityManager, private readonly entity: EntityName<any>) {}

  async add(row: Row): Promise<void> {
    this.rows.push(row);
    if (this.rows.length >= BATCH) await this.flush();
  }

  async finish(): Promise<number> {
    await this.flush();
    return this.inserted;
  }

  private async flush(): Promise<void> {
    if (!this.rows.length) return;
    const rows = this.rows;
    this.rows = [];
    this.inserted += await insertRows(this.em, this.entity, rows);
  }
}
