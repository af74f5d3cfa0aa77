import { Problems } from '@hub/runtime';
import { SubjectKind } from '../entities/SubjectKind';
import { SubjectInput } from '../resolvers/SubjectInput';

const DETAIL_OF_KIND: Record<SubjectKind, keyof SubjectInput> = {
  [SubjectKind.legal]: 'legalPerson',
  [SubjectKind.natural]: 'naturalPerson',
  [SubjectKind.equipment]: 'equipment',
  [SubjectKind.product]: 'product',
  [SubjectKind.place]: 'place',
  [SubjectKind.project]: 'project',
};

/** Rules across fields that decorators cannot express: the details must match the kind. */
export function checkSubjectRules(input: SubjectInput, problems: Problems): void {
  const expected = DETAIL_OF_KIND[input.kind];
  problems.check(
    input.kind === SubjectKind.natural || Boolean(input[expected]),
    'DETAILS_REQUIRED', expected, `类别为${input.kind}的监管对象必须填写${expected}信息`,
  );
  for (const detail of Object.values(DETAIL_OF_KIND)) {
    if (detail !== expected && input[detail]) {
      problems.add('DETAILS_KIND_MISMATCH', detail, `${detail}信息与监管对象类别${input.kind}不符`);
    }
  }
  problems.check(input.kind !== SubjectKind.legal || input.certType === '001', 'CERT_TYPE_MISMATCH', 'certType', '法人类监管对象的证件类型应为001（统一社会信用代码）');
  problems.check(input.kind !== SubjectKind.natural || input.certType !== '001', 'CERT_TYPE_MISMATCH', 'certType', '特定自然人的证件类型不能为统一社会信用代码');
}
