import type { FieldSpec, RecordTypeSpec } from '@hub/governance';

/**
 * 监管对象 as departments deliver it (domain.md §11.2). The kind-specific facts are JSON columns; the
 * common 法人信息 facts and the 特定自然人's qualification come as flat columns (dotted names) and are
 * built into `legal_person` / `natural_person` by the ingest. Equipment, products, places and projects
 * need their detail blocks: a new one is entered online; a file may update one that exists.
 */
export const SUBJECT_FIELDS: FieldSpec[] = [
  { name: 'kind', header: '监管对象类别', aliases: ['对象类别', '主体类别'], kind: 'code', required: true, codeTable: 'subjectKind', example: '法人及其他组织', description: '法人及其他组织、特定自然人、特种设备、特定产品、场地场所、项目工程（或 legal、natural…）' },
  { name: 'name', header: '名称', aliases: ['监管对象名称', '主体名称', '企业名称'], kind: 'text', required: true, maxLength: 200, example: '杭州某某食品有限公司' },
  { name: 'certType', header: '证件类型', aliases: ['主体证件类型'], kind: 'code', required: true, codeTable: 'certType', example: '001' },
  { name: 'certNo', header: '证件号码', aliases: ['统一社会信用代码', '身份证号码', '主体证件号码'], kind: 'certNo', required: true, maxLength: 64, example: '91330100716105852F' },
  { name: 'adCode', header: '行政区划代码', aliases: ['区划代码', '所属区划'], kind: 'code', required: true, codeTable: 'division', maxLength: 6, example: '330102' },
  { name: 'regAddress', header: '注册地址', aliases: ['住所'], kind: 'text', maxLength: 400, example: '杭州市上城区某路1号' },
  { name: 'bizAddress', header: '经营地址', aliases: ['经营场所'], kind: 'text', maxLength: 400, example: '杭州市上城区某路1号' },
  { name: 'industryCode', header: '国民经济行业分类代码', aliases: ['行业代码', '行业分类代码'], kind: 'code', maxLength: 5, example: 'F5211' },
  { name: 'legalPerson.entType', header: '企业类型', aliases: ['市场主体类型'], kind: 'text', maxLength: 100, example: '有限责任公司', description: '法人必填' },
  { name: 'legalPerson.legalRep', header: '法定代表人', aliases: ['法定代表人（负责人）', '负责人'], kind: 'text', maxLength: 100, example: '张三', description: '法人必填' },
  { name: 'legalPerson.regStatus', header: '登记状态', aliases: ['经营状态'], kind: 'text', maxLength: 20, example: '存续', description: '法人必填（存续、在业、吊销、注销…）' },
  { name: 'legalPerson.capital', header: '注册资本（万元）', aliases: ['注册资本'], kind: 'money', moneyUnit: '万元', example: '100' },
  { name: 'legalPerson.estDate', header: '成立日期', kind: 'date', example: '2010-05-01' },
  { name: 'legalPerson.regAuthority', header: '登记机关', kind: 'text', maxLength: 200, example: '杭州市市场监督管理局上城区分局' },
  { name: 'naturalPerson.qualification', header: '资格证书', kind: 'text', maxLength: 200, example: '', description: '特定自然人' },
];

export const subjectSpec: RecordTypeSpec = {
  type: 'subject',
  title: '监管对象',
  library: 'subjects',
  naturalKey: ['certNo'],
  fields: SUBJECT_FIELDS,
};
