import { stableId } from '@hub/codes';
import { addDays, addWorkingDays } from '@hub/codes';
import { Rng } from './rng';
import { maskedPhone, personName } from './names';
import { subjectAt, CitySubject } from './subjects';
import { cachedItemAt, itemsOf } from './catalog';
import type { CityFrame } from './frame';

export interface CityComplaint {
  index: number;
  id: string;
  no: string;
  kind: '投诉' | '举报' | '咨询';
  channel: string;
  receivedAt: string;
  complainantName: string;
  complainantPhone: string;
  subject: CitySubject;
  territory: string;
  serviceType: string | null;
  serviceName: string | null;
  disputeDate: string | null;
  detail: string;
  itemCode: string | null;
  assignedOrg: string;
  status: '受理' | '办理' | '办结' | '不予受理';
  dueAt: string;
  closedAt: string | null;
  result: string | null;
  satisfaction: number | null;
}

const ISSUES = ['销售过期食品', '虚假宣传', '价格欺诈', '噪声扰民', '消防通道堵塞', '电梯故障困人', '无证经营', '拒不退款', '排放异味', '施工扬尘'];

/** Complaint k: mostly against legal persons, concentrated on a few (the risk rules look for growth). */
export function complaintAt(frame: CityFrame, index: number): CityComplaint {
  const rng = new Rng(frame.seed, 'complaint', index);
  let subject = subjectAt(frame, rng.chance(0.3) ? rng.int(0, Math.max(0, Math.floor(frame.subjectCount / 100))) : rng.int(0, frame.subjectCount - 1));
  if (subject.kind === 'natural') subject = subjectAt(frame, rng.int(0, 9));
  const department = frame.departments[subject.departmentIndex];
  const received = addDays('2023-01-01', rng.int(0, 1400));
  const dueAt = addWorkingDays(received, 15);
  const age = Date.parse(frame.today) - Date.parse(received);
  const done = age > 30 * 86_400_000 || rng.chance(0.4);
  const rejected = rng.chance(0.04);
  const closedAt = done ? addDays(received, rng.chance(0.9) ? rng.int(2, 20) : rng.int(21, 40)) : null;
  const issue = rng.pick(ISSUES);
  const kind = rng.weighted([['投诉', 60], ['举报', 30], ['咨询', 10]] as const);
  return {
    index,
    id: stableId('complaint', frame.seed, index),
    no: `TS${received.replace(/-/g, '')}${String(index).padStart(7, '0')}`,
    kind,
    channel: rng.weighted([['12345', 55], ['12315', 25], ['网站', 12], ['来信', 4], ['来访', 4]]),
    receivedAt: `${received}T${String(rng.int(8, 21)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00+08:00`,
    complainantName: personName(rng),
    complainantPhone: maskedPhone(rng),
    subject,
    territory: subject.adCode,
    serviceType: kind === '投诉' ? rng.pick(['商品', '服务']) : null,
    serviceName: kind === '投诉' ? rng.pick(['食品', '餐饮服务', '电梯维保', '美容美发', '教育培训']) : null,
    disputeDate: kind === '投诉' ? addDays(received, -rng.int(0, 10)) : null,
    detail: `反映${subject.name}${issue}问题，请求相关部门依法查处。`,
    itemCode: rng.chance(0.6) ? cachedItemAt(frame, rng.pick(itemsOf(frame, department.index))).itemCode : null,
    assignedOrg: department.name,
    status: rejected ? '不予受理' : done ? '办结' : rng.chance(0.5) ? '受理' : '办理',
    dueAt,
    closedAt: rejected ? addDays(received, 1) : closedAt,
    result: rejected ? '不属于本部门职责范围，已告知投诉人向有权部门反映' : done ? rng.pick(['经核查情况属实，已责令整改', '经调解双方达成一致', '经核查情况不属实', '已立案调查']) : null,
    satisfaction: done && !rejected && rng.chance(0.7) ? rng.weighted([[5, 50], [4, 25], [3, 12], [2, 7], [1, 6]]) : null,
  };
}
