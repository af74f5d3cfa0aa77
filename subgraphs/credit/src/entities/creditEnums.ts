import { registerEnumType } from 'type-graphql';

/**
 * 双公示 publicstatus (信用中国): 0 正常, 1 撤销, 2 删除. Values equal their GraphQL names because the
 * federated schema is rebuilt from SDL, where enum names are the values; exchange files map to digits.
 */
export enum PublicityStatus {
  normal = 'normal',
  revoked = 'revoked',
  deleted = 'deleted',
}

/** The digit of the 信用中国 exchange format for a status. */
export const PUBLICITY_STATUS_CODE: Record<PublicityStatus, '0' | '1' | '2'> = { normal: '0', revoked: '1', deleted: '2' };
export function publicityStatusOfCode(code: string): PublicityStatus {
  const status = (Object.keys(PUBLICITY_STATUS_CODE) as PublicityStatus[]).find((s) => PUBLICITY_STATUS_CODE[s] === code);
  if (!status) throw new Error(`unknown publicstatus ${code} (expected 0, 1 or 2)`);
  return status;
}
registerEnumType(PublicityStatus, {
  name: 'PenaltyPublicityStatus',
  description: '行政处罚公示状态（publicstatus）',
  valuesConfig: { normal: { description: '0 正常' }, revoked: { description: '1 撤销' }, deleted: { description: '2 删除' } },
});

/** XK_ZT 许可状态 (有效/无效); values equal GraphQL names, see PublicityStatus. */
export enum LicenceStatus {
  valid = 'valid',
  invalid = 'invalid',
}

export const licenceStatusOf = (text: '有效' | '无效'): LicenceStatus => (text === '有效' ? LicenceStatus.valid : LicenceStatus.invalid);
registerEnumType(LicenceStatus, {
  name: 'LicensePublicityStatus',
  description: '行政许可状态',
  valuesConfig: { valid: { description: '有效' }, invalid: { description: '无效' } },
});

/** Credit lists a subject can be put on (domain.md §4 信用 libraries). */
export enum ListType {
  abnormal = 'abnormal',
  serious = 'serious',
  red = 'red',
  black = 'black',
}
registerEnumType(ListType, {
  name: 'CreditListType',
  description: '信用名单类别',
  valuesConfig: {
    abnormal: { description: '经营异常名录' },
    serious: { description: '严重违法失信名单' },
    red: { description: '红名单（守信激励）' },
    black: { description: '黑名单（失信惩戒，如失信被执行人）' },
  },
});

/** 行政相对人类别 of the 信用中国 exchange format. */
export const PARTY_CATEGORIES = ['法人及非法人组织', '自然人', '个体工商户'];
