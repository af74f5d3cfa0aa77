/**
 * The block every behaviour record shares (domain.md §3, 行政检查/处罚/强制/其他): item code, behaviour
 * name and number, organisation, party, region, report.
 */
import { RuleBuilder } from './build';

export function commonRules(prefix: string, actionNameMax: number): RuleBuilder {
  return new RuleBuilder(prefix)
    .required('itemCode', '监管事项目录编码')
    .checksum('itemCode', 'itemCode', '请填写14位数字的监管事项目录编码')
    .reference('itemCode', 'regItem', '监管事项目录编码在监管事项目录中不存在')
    .required('actionName', '行为名称')
    .maxLength('actionName', '行为名称', actionNameMax)
    .required('actionCode', '行为编号')
    .maxLength('actionCode', '行为编号', 50)
    .required('orgName', '实施机构')
    .maxLength('orgName', '实施机构', 100)
    .required('orgCode', '实施机构编码')
    .maxLength('orgCode', '实施机构编码', 20)
    .maxLength('entrustedDept', '受委托部门', 100)
    .maxLength('entrustedCode', '受委托部门编码', 20)
    .required('objectType', '监管对象类型')
    .codeTable('objectType', '监管对象类型', 'objectType', 'error', '（1至11）')
    .required('partyName', '行政相对人名称')
    .maxLength('partyName', '行政相对人名称', 200)
    .required('partyNature', '行政相对人性质')
    // The list of natures is not fully documented (domain.md §3): other words are flagged, not rejected.
    .codeTable('partyNature', '行政相对人性质', 'partyNature', 'warning', '（法人及非法人组织、自然人、个体工商户）')
    .required('partyCertType', '行政相对人证件类型')
    // Other GA/T 2000.156 types (e.g. 港澳居民来往内地通行证) are legitimate: flagged for review only.
    .codeTable('partyCertType', '行政相对人证件类型', 'certType', 'warning', '（001 统一社会信用代码、111 居民身份证…）')
    .required('partyCertNo', '行政相对人编码')
    .maxLength('partyCertNo', '行政相对人编码', 20)
    .checksum('partyCertNo', 'usccOrCitizenId', '行政相对人编码应为有效的统一社会信用代码或公民身份号码（校验位不符或格式错误）', {
      typeField: 'partyCertType',
    })
    .maxLength('regAddress', '注册地址', 400)
    .maxLength('bizAddress', '经营地址', 400)
    .required('bizAddress', '经营地址', 'warning')
    .required('adCode', '行政区划代码')
    .codeTable('adCode', '行政区划代码', 'division', 'error', '（6位 GB/T 2260 区划代码）')
    .maxLength('reportedBy', '报送人员', 50)
    .required('reportedBy', '报送人员', 'warning');
}
