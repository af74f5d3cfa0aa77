import type { RecordTypeSpec } from '@hub/governance';

/**
 * 监管事项（主项）as departments deliver it (domain.md §2.1, §11.1). Sub-items (子项) are not part of the
 * file format: a file carries the main item only; sub-items are maintained online, and a new version made
 * by an import carries the previous version's sub-items over (as a change made online without sub-items does).
 * 生效日期 empty: the new version takes effect today (China time).
 */
export const regItemSpec: RecordTypeSpec = {
  type: 'regItem',
  title: '监管事项目录',
  library: 'catalog',
  naturalKey: ['itemCode'],
  fields: [
    { name: 'itemCode', header: '监管事项目录编码', aliases: ['事项编码', '监管事项编码'], kind: 'code', required: true, maxLength: 14, example: '33010011000001' },
    { name: 'name', header: '监管事项名称', aliases: ['事项名称'], kind: 'text', required: true, maxLength: 500, example: '对食品经营者经营资质的行政检查' },
    { name: 'powerItemCode', header: '对应权力事项编码', aliases: ['权力事项编码', '监管事项对应的权力事项编码'], kind: 'code', maxLength: 100, example: '' },
    { name: 'deptName', header: '监管部门', aliases: ['监管部门名称'], kind: 'text', required: true, maxLength: 200, example: '杭州市市场监督管理局' },
    { name: 'deptCode', header: '监管部门编码', kind: 'code', required: true, maxLength: 50, example: 'SCJG', description: '须为报送部门本身的部门编码' },
    { name: 'dutyCode', header: '职能部门编码', aliases: ['职能部门'], kind: 'code', required: true, maxLength: 50, example: 'A028' },
    { name: 'lineCode', header: '业务条线编码', aliases: ['业务条线'], kind: 'code', maxLength: 50, example: 'A0280000001' },
    { name: 'category', header: '事项类型', aliases: ['监管事项类型'], kind: 'text', required: true, codeTable: 'regItemCategory', example: '行政检查' },
    { name: 'licenseItemCode', header: '对应许可事项编码', kind: 'code', maxLength: 100, example: '' },
    { name: 'licenseItemType', header: '对应许可事项类型', kind: 'text', maxLength: 50, example: '' },
    { name: 'licenseItemName', header: '对应许可事项名称', kind: 'text', maxLength: 500, example: '' },
    { name: 'status', header: '事项状态', kind: 'code', codeTable: 'regItemStatus', example: '1', description: '1 有效、0 无效；为空时按有效' },
    { name: 'effectiveFrom', header: '生效日期', aliases: ['版本生效日期'], kind: 'date', example: '2024-01-01', description: '本版本生效日期；为空时为导入当日' },
  ],
};

/**
 * 检查实施清单 as departments deliver it (domain.md §2.1, §11.1). 检查内容 are not part of the file format;
 * a new version made by an import carries the previous version's contents over.
 */
export const implListSpec: RecordTypeSpec = {
  type: 'implList',
  title: '检查实施清单',
  library: 'catalog',
  naturalKey: ['code'],
  fields: [
    { name: 'code', header: '检查实施清单编码', aliases: ['监管事项检查实施清单编码', '实施清单编码', 'supervise_item_check_icode'], kind: 'code', required: true, maxLength: 800, example: '11330100002510106X3000010' },
    { name: 'itemCode', header: '监管事项目录编码', aliases: ['事项编码', '监管事项编码'], kind: 'code', required: true, maxLength: 14, example: '33010011000001' },
    { name: 'subItemCode', header: '子项编码', kind: 'code', maxLength: 50, example: '' },
    { name: 'orgName', header: '实施机构', aliases: ['实施机构名称', '实施机关'], kind: 'text', required: true, maxLength: 200, example: '杭州市市场监督管理局' },
    { name: 'orgUscc', header: '实施机构统一社会信用代码', aliases: ['实施机构编码'], kind: 'code', required: true, maxLength: 18, example: '11330100002510106X' },
    { name: 'execLevel', header: '行使层级', aliases: ['实施层级'], kind: 'code', required: true, codeTable: 'execLevel', example: '3', description: '1国家、2省、3市、4县、5乡镇；须与清单编码第19位一致' },
    { name: 'adCode', header: '行政区划代码', aliases: ['区划代码', '所属区划'], kind: 'code', required: true, codeTable: 'division', maxLength: 6, example: '330100' },
    { name: 'checkMethod', header: '检查方式', aliases: ['抽查方式'], kind: 'text', required: true, maxLength: 200, example: '现场检查' },
    { name: 'checkFreq', header: '检查频次', aliases: ['抽查频次'], kind: 'text', maxLength: 200, example: '每年不少于1次' },
    { name: 'checkBasis', header: '检查依据', aliases: ['抽查依据'], kind: 'text', required: true, example: '《中华人民共和国食品安全法》第一百一十条' },
    { name: 'objects', header: '检查对象', aliases: ['抽查对象'], kind: 'text', required: true, maxLength: 500, example: '食品经营者' },
    { name: 'isRandomItem', header: '是否双随机抽查事项', aliases: ['是否双随机事项', '是否抽查事项'], kind: 'boolean', required: true, example: '是' },
    { name: 'randomRatio', header: '抽查比例', kind: 'decimal', example: '0.05', description: '0至1之间的小数' },
    { name: 'keyOrGeneral', header: '事项类别', aliases: ['重点/一般', '重点或一般检查事项'], kind: 'text', codeTable: 'implListEmphasis', example: '一般' },
    { name: 'effectiveFrom', header: '生效日期', aliases: ['版本生效日期'], kind: 'date', example: '2024-01-01', description: '本版本生效日期；为空时为导入当日' },
  ],
};
