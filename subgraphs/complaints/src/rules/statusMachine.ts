import { ComplaintStatus } from '../entities/ComplaintEnums';

const NEXT: Record<ComplaintStatus, readonly ComplaintStatus[]> = {
  [ComplaintStatus.accepted]: [ComplaintStatus.handling, ComplaintStatus.rejected],
  [ComplaintStatus.handling]: [ComplaintStatus.closed],
  [ComplaintStatus.closed]: [],
  [ComplaintStatus.rejected]: [],
};

/** 受理 → 办理 → 办结 and 受理 → 不予受理; nothing else, no going back. */
export const canTransition = (from: ComplaintStatus, to: ComplaintStatus): boolean => NEXT[from].includes(to);

export const allowedNext = (from: ComplaintStatus): readonly ComplaintStatus[] => NEXT[from];
