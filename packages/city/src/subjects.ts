import { makeCitizenId, makeUscc, stableId, USCC_CHARSET } from '@hub/codes';
import { addDays } from '@hub/codes';
import { Rng } from './rng';
import { address, personName, tradeName } from './names';
import type { CityFrame } from './frame';

export type SubjectKindName = 'legal' | 'natural' | 'equipment' | 'product' | 'place' | 'project';

export interface CitySubject {
  index: number;
  id: string;
  kind: SubjectKindName;
  name: string;
  certType: string;
  certNo: string;
  adCode: string;
  regAddress: string | null;
  bizAddress: string | null;
  industryCode: string | null;
  tags: string[];
  departmentIndex: number;
  legalPerson?: { entType: string; legalRep: string; legalRepCertType: string; legalRepCertNo: string; orgCode: string; estDate: string; regStatus: string; regAuthority: string; capital: number };
  naturalPerson?: { qualification: string | null };
  equipment?: { regCode: string; equipType: string; ownerUscc: string; nextInspectDate: string };
  product?: { productType: string; licenseNo: string; producerUscc: string };
  place?: { placeType: string; address: string; lat: number; lng: number; operatorUscc: string | null };
  project?: { projectCode: string; ownerUscc: string; location: string };
}

const KINDS: [SubjectKindName, number][] = [['legal', 80], ['natural', 5], ['equipment', 6], ['product', 4], ['place', 3], ['project', 2]];
const ENT_TYPES: [string, string, string, number][] = [
  // prefix, 企业类型, name suffix, weight
  ['91', '有限责任公司', '有限公司', 70], ['91', '股份有限公司', '股份有限公司', 5], ['92', '个体工商户', '经营部', 20], ['93', '农民专业合作社', '专业合作社', 5],
];
const EQUIPMENT_TYPES = ['电梯', '电梯', '电梯', '压力容器', '锅炉', '起重机械', '场（厂）内专用机动车辆', '压力管道', '大型游乐设施'];
const PRODUCT_TYPES = ['食品', '食品', '特殊食品', '药品', '化妆品', '医疗器械'];
const PLACE_TYPES = ['商场', '农贸市场', '学校食堂', '宾馆', '歌舞娱乐场所', '体育场馆'];
const TAGS = ['重点监管', '食品生产', '危化品', '小微企业', '高新技术', '外资', '连锁经营', '网络经营'];

/** A subject's organisation body: 'MA' + six USCC characters from its index, unique per city. */
function orgBody(index: number): string {
  let n = index + 31 ** 4;
  let s = '';
  for (let i = 0; i < 6; i++) {
    s = USCC_CHARSET[n % 31] + s;
    n = Math.floor(n / 31);
  }
  return `MA${s}`;
}

export function subjectAt(frame: CityFrame, index: number): CitySubject {
  const rng = new Rng(frame.seed, 'subject', index);
  const kind = index < 10 ? 'legal' : rng.weighted(KINDS);
  const county = rng.pick(frame.counties);
  const department = frame.departments[rng.int(0, frame.departments.length - 1)];
  const industryCode = rng.pick(frame.industryLeavesOf(department.industries));
  const base = {
    index,
    id: stableId('subject', frame.seed, index),
    kind,
    adCode: county.code,
    industryCode,
    departmentIndex: department.index,
    tags: rng.chance(0.3) ? rng.sample(TAGS, rng.int(1, 2)) : [],
  };
  // The legal person that owns equipment, products, places and projects: a legal subject of the city.
  const ownerUscc = () => subjectAt(frame, rng.int(0, Math.min(frame.subjectCount, 10) - 1)).certNo;
  const addr = address(rng, county.name);
  switch (kind) {
    case 'legal': {
      const [prefix, entType, suffix] = rng.weighted(ENT_TYPES.map((e) => [e, e[3]] as const));
      const certNo = makeUscc(prefix, county.code, orgBody(index));
      const rep = personName(rng);
      return {
        ...base, certType: '001', certNo, regAddress: addr, bizAddress: rng.chance(0.8) ? addr : address(rng, county.name),
        name: `杭州${tradeName(rng)}${rng.pick(department.objects).replace(/(企业|单位|者|机构|场所|项目|社)$/, '')}${suffix}`.replace(/经营经营/, '经营'),
        legalPerson: {
          entType, legalRep: rep, legalRepCertType: '111',
          legalRepCertNo: makeCitizenId(county.code, `19${rng.int(55, 99)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`, rng.digits(3)),
          orgCode: `${certNo.slice(8, 16)}-${certNo[16]}`,
          estDate: addDays('2000-01-01', rng.int(0, 9000)),
          regStatus: rng.weighted([['存续', 92], ['吊销', 3], ['注销', 5]]),
          regAuthority: `杭州市市场监督管理局${county.name}分局`,
          capital: rng.int(1, 5000) * 10,
        },
      };
    }
    case 'natural': {
      const birth = `19${rng.int(60, 99)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`;
      return {
        ...base, certType: '111', certNo: makeCitizenId(county.code, birth, String(index % 1000).padStart(3, '0')),
        name: personName(rng), regAddress: null, bizAddress: addr, industryCode: null,
        naturalPerson: { qualification: rng.chance(0.5) ? rng.pick(['执业药师资格证', '特种设备作业人员证', '食品安全管理员证']) : null },
      };
    }
    case 'equipment': {
      const equipType = rng.pick(EQUIPMENT_TYPES);
      const regCode = `${equipType.slice(0, 1)}${county.code.slice(2)}${String(index).padStart(7, '0')}`;
      return {
        ...base, certType: '099', certNo: `SB${county.code}${String(index).padStart(8, '0')}`, name: `${county.name}${tradeName(rng)}大厦${equipType}${rng.int(1, 9)}号`,
        regAddress: null, bizAddress: addr,
        equipment: { regCode, equipType, ownerUscc: ownerUscc(), nextInspectDate: addDays('2025-06-01', rng.int(0, 700)) },
      };
    }
    case 'product': {
      const productType = rng.pick(PRODUCT_TYPES);
      return {
        ...base, certType: '099', certNo: `SC${county.code}${String(index).padStart(8, '0')}`, name: `${tradeName(rng)}牌${rng.pick(['纯牛奶', '速冻水饺', '婴幼儿配方乳粉', '感冒灵颗粒', '保湿面霜', '医用口罩'])}`,
        regAddress: null, bizAddress: null,
        product: { productType, licenseNo: `SC1${county.code}${rng.digits(7)}`, producerUscc: ownerUscc() },
      };
    }
    case 'place': {
      return {
        ...base, certType: '099', certNo: `CS${county.code}${String(index).padStart(8, '0')}`, name: `${county.name}${tradeName(rng)}${rng.pick(PLACE_TYPES)}`,
        regAddress: null, bizAddress: addr,
        place: { placeType: rng.pick(PLACE_TYPES), address: addr, lat: 30.1 + rng.next() * 0.3, lng: 119.9 + rng.next() * 0.4, operatorUscc: rng.chance(0.8) ? ownerUscc() : null },
      };
    }
    case 'project': {
      return {
        ...base, certType: '099', certNo: `${2020 + rng.int(0, 6)}-${county.code}-${rng.int(10, 99)}-01-${String(index).padStart(6, '0')}`,
        name: `${county.name}${tradeName(rng)}${rng.pick(['安置房', '综合体', '道路改造', '厂房'])}工程`, regAddress: null, bizAddress: addr,
        project: { projectCode: `${2020 + rng.int(0, 6)}-${county.code}-${rng.int(10, 99)}-01-${String(index).padStart(6, '0')}`, ownerUscc: ownerUscc(), location: addr },
      };
    }
  }
}
