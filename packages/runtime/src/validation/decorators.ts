import { registerDecorator, ValidationOptions, ValidationArguments } from 'class-validator';
import {
  isValidUscc, isValidCitizenId, isValidItemCode, isValidImplListCode, isValidOrgCode,
} from '@hub/codes';
import { referenceTables } from '../referenceTables';

/** Declares a validator whose failures carry `code` and a Chinese message naming the field. */
export interface RuleOptions extends ValidationOptions {
  /** Applies the rule only when this holds for the object (e.g. only for certType 001). */
  when?: (object: Record<string, unknown>) => boolean;
}

function rule(name: string, code: string, test: (value: unknown, args: ValidationArguments) => boolean, message: (label: string) => string) {
  return (label: string, { when, ...options }: RuleOptions = {}) =>
    (target: object, propertyName: string) =>
      registerDecorator({
        name,
        target: target.constructor,
        propertyName,
        options: { message: message(label), context: { code }, ...options },
        validator: {
          validate: (value, args) =>
            value === null || value === undefined || (when && !when(args!.object as Record<string, unknown>)) || test(value, args!),
        },
      });
}

const str = (f: (s: string) => boolean) => (v: unknown) => typeof v === 'string' && f(v);

export const IsUscc = rule('isUscc', 'INVALID_USCC', str(isValidUscc), (l) => `${l}不是有效的统一社会信用代码（GB 32100）`);
export const IsOrgCode = rule('isOrgCode', 'INVALID_ORG_CODE', str(isValidOrgCode), (l) => `${l}不是有效的组织机构代码（GB 11714）`);
export const IsCitizenId = rule('isCitizenId', 'INVALID_ID_NUMBER', str(isValidCitizenId), (l) => `${l}不是有效的公民身份号码（GB 11643）`);
export const IsItemCode = rule('isItemCode', 'INVALID_ITEM_CODE', str(isValidItemCode), (l) => `${l}应为14位数字的监管事项目录编码`);
export const IsImplListCode = rule('isImplListCode', 'INVALID_IMPL_LIST_CODE', str(isValidImplListCode), (l) => `${l}应为实施机构统一社会信用代码+行使层级(1-5)+序号`);
export const IsAdCode = rule('isAdCode', 'INVALID_AD_CODE', str((s) => referenceTables().divisions.isValid(s, { allowRetired: true })), (l) => `${l}不是有效的行政区划代码（GB/T 2260）`);
export const IsIndustryCode = rule('isIndustryCode', 'INVALID_INDUSTRY_CODE', str((s) => referenceTables().industries.isValid(s)), (l) => `${l}不是有效的国民经济行业分类代码（GB/T 4754）`);

/** Length limits of the national field lists, with the Chinese message the departments expect. */
export const MaxChars = (label: string, max: number) =>
  rule('maxChars', 'TOO_LONG', str((s) => [...s].length <= max), (l) => `${l}不能超过${max}个字符`)(label);
export const NotBlank = rule('notBlank', 'REQUIRED', str((s) => s.trim().length > 0), (l) => `${l}不能为空`);

/**
 * A certificate number checked by its type: 001 统一社会信用代码 (INVALID_USCC), 111 居民身份证
 * (INVALID_ID_NUMBER), any other type 4–32 characters (INVALID_CERT_NO).
 */
export function IsCertNoOfType(label: string, certTypeProperty: string) {
  const typeOf = (o: Record<string, unknown>) => o[certTypeProperty];
  return (target: object, propertyName: string) => {
    IsUscc(label, { when: (o) => typeOf(o) === '001' })(target, propertyName);
    IsCitizenId(label, { when: (o) => typeOf(o) === '111' })(target, propertyName);
    OtherCertNo(label, { when: (o) => typeOf(o) !== '001' && typeOf(o) !== '111' })(target, propertyName);
  };
}

const OtherCertNo = rule('isCertNo', 'INVALID_CERT_NO', str((s) => s.trim().length >= 4 && s.length <= 64), (l) => `${l}长度应为4至64个字符`);
