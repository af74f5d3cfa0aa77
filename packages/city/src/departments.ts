import { makeUscc } from '@hub/codes';

/** A regulating department of the seed city (杭州市), with its field and the laws it enforces. */
export interface Department {
  index: number;
  code: string;
  name: string;
  shortName: string;
  uscc: string;
  field: string;
  dutyCode: string;
  /** Law files (under laws/法律 of the data directory) whose articles its items and penalties cite. */
  laws: string[];
  /** 大类 codes of GB/T 4754 that its subjects mostly belong to. */
  industries: string[];
  objects: string[];
}

export const CITY_CODE = '330100';
export const CITY_NAME = '杭州市';

const RAW: Omit<Department, 'index' | 'uscc' | 'dutyCode'>[] = [
  { code: 'SCJG', name: '杭州市市场监督管理局', shortName: '杭市监', field: '市场监管', laws: ['食品安全法(2021-04-29)', '产品质量法(2018-12-29)', '广告法(2021-04-29)', '反不正当竞争法(2019-04-23)', '价格法(1997-12-29)', '消费者权益保护法(2013-10-25)'], industries: ['51', '52', '62', '14', '13', '15'], objects: ['食品经营者', '商品零售企业', '广告经营者'] },
  { code: 'TZSB', name: '杭州市市场监督管理局（特种设备）', shortName: '杭特设', field: '特种设备安全', laws: ['特种设备安全法(2013-06-29)'], industries: ['34', '70', '47'], objects: ['特种设备使用单位', '电梯维保单位'] },
  { code: 'YPJG', name: '杭州市药品监督管理局', shortName: '杭药监', field: '药品安全', laws: ['药品管理法(2019-08-26)'], industries: ['27', '52', '84'], objects: ['药品零售企业', '医疗机构'] },
  { code: 'STHJ', name: '杭州市生态环境局', shortName: '杭环', field: '生态环境', laws: ['环境保护法(2014-04-24)', '大气污染防治法(2018-10-26)', '水污染防治法(2017-06-27)'], industries: ['26', '30', '31', '44', '77'], objects: ['排污单位', '重点排污企业'] },
  { code: 'YJGL', name: '杭州市应急管理局', shortName: '杭应急', field: '安全生产', laws: ['安全生产法(2021-06-10)'], industries: ['26', '33', '06', '08', '59'], objects: ['危险化学品企业', '工贸企业'] },
  { code: 'XFJY', name: '杭州市消防救援支队', shortName: '杭消', field: '消防安全', laws: ['消防法(2021-04-29)'], industries: ['61', '62', '72', '80'], objects: ['人员密集场所', '消防重点单位'] },
  { code: 'ZJJS', name: '杭州市住房和城乡建设局', shortName: '杭建', field: '建设工程', laws: ['建筑法(2019-04-23)', '安全生产法(2021-06-10)'], industries: ['47', '48', '50', '70'], objects: ['建筑施工企业', '在建工程项目'] },
  { code: 'NYNC', name: '杭州市农业农村局', shortName: '杭农', field: '农产品质量', laws: ['农产品质量安全法(2022-09-02)'], industries: ['01', '03', '05', '13'], objects: ['农产品生产者', '农资经营者'] },
  { code: 'JTYS', name: '杭州市交通运输局', shortName: '杭交', field: '交通运输', laws: ['安全生产法(2021-06-10)'], industries: ['54', '58', '60'], objects: ['道路运输企业', '机动车维修企业'] },
  { code: 'WGLY', name: '杭州市文化广电旅游局', shortName: '杭文旅', field: '文化旅游', laws: ['消费者权益保护法(2013-10-25)', '广告法(2021-04-29)'], industries: ['61', '72', '88', '90'], objects: ['旅行社', '娱乐场所'] },
];

/** 1 机构编制 + 1 机关: departments carry a 11-prefixed USCC registered in the city. */
export const DEPARTMENTS: Department[] = RAW.map((d, index) => ({
  ...d,
  index,
  uscc: makeUscc('11', CITY_CODE, `0025${String(index + 10).padStart(4, '0')}`),
  dutyCode: `A0${String(index + 20).padStart(2, '0')}`,
}));

/** The county-level branch of a department, with its own USCC (used for level-4 implementation lists). */
export function branchUscc(department: Department, countyCode: string): string {
  return makeUscc('11', countyCode, `0026${String(department.index + 10).padStart(2, '0')}${countyCode.slice(4)}`);
}
