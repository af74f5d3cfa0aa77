import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { isCitizenId, maskCertNo, maskName, Page, PUBLIC_TAG } from '@hub/runtime';
import type { Inspection } from '../entities/Inspection';
import { NATURAL_PERSON_CERT_TYPE } from '../policy';


/**
 * 双随机抽查结果公示 (一公开): what anyone, the public included, may see of a random-draw inspection. It is a
 * view, not the Inspection entity: no inspector, no address, no reporter; a citizen ID and a natural person's
 * name are always masked and cannot be revealed. Dates are `YYYY-MM-DD` strings.
 */
@ObjectType({ description: '双随机抽查结果（公示）' })
@Directive(PUBLIC_TAG)
export class RandomInspectionResult {
  @Field(() => ID, { description: '检查行为 id' }) @Directive(PUBLIC_TAG) id!: string;
  @Field(() => String, { nullable: true, description: '双随机一公开计划 id' }) @Directive(PUBLIC_TAG) planId!: string | null;
  @Field({ description: '监管事项目录编码' }) @Directive(PUBLIC_TAG) itemCode!: string;
  @Field({ description: '检查实施清单编码' }) @Directive(PUBLIC_TAG) implListCode!: string;
  @Field({ description: '检查实施机关' }) @Directive(PUBLIC_TAG) orgName!: string;
  @Field({ description: '检查实施机关编码' }) @Directive(PUBLIC_TAG) orgCode!: string;
  @Field({ description: '抽查对象名称（自然人姓名脱敏）' }) @Directive(PUBLIC_TAG) partyName!: string;
  @Field({ description: '抽查对象证件号码（公民身份号码脱敏）' }) @Directive(PUBLIC_TAG) partyCertNo!: string;
  @Field({ description: '行政区划代码' }) @Directive(PUBLIC_TAG) adCode!: string;
  @Field({ description: '检查形式' }) @Directive(PUBLIC_TAG) checkForm!: string;
  @Field({ description: '检查日期（YYYY-MM-DD）' }) @Directive(PUBLIC_TAG) checkDate!: string;
  @Field({ description: '检查结果' }) @Directive(PUBLIC_TAG) result!: string;
}

/** The public view of one random inspection (policy.ts: natural persons are masked). */
export function toPublicResult(i: Inspection): RandomInspectionResult {
  const naturalPerson = i.partyCertType === NATURAL_PERSON_CERT_TYPE || isCitizenId(i.partyCertNo);
  return {
    id: i.id, planId: i.planId ?? null, itemCode: i.itemCode, implListCode: i.implListCode, orgName: i.orgName, orgCode: i.orgCode,
    partyName: naturalPerson ? maskName(i.partyName) : i.partyName, partyCertNo: maskCertNo(i.partyCertNo),
    adCode: i.adCode, checkForm: i.checkForm, checkDate: i.checkDate, result: i.result,
  };
}

/** A page of public results; a type of its own so that the public schema needs no shared connection types. */
@ObjectType({ description: '双随机抽查结果的分页列表（游标分页）' })
@Directive(PUBLIC_TAG)
export class RandomInspectionResultPage {
  constructor(private readonly page: Page<Inspection>) {}

  @Field(() => [RandomInspectionResult]) @Directive(PUBLIC_TAG)
  get nodes(): RandomInspectionResult[] {
    return this.page.nodes.map(toPublicResult);
  }

  @Field({ description: '是否还有下一页' }) @Directive(PUBLIC_TAG)
  get hasNextPage(): boolean {
    return this.page.hasNextPage;
  }

  @Field(() => String, { nullable: true, description: '本页最后一条的游标（传给 after 取下一页）' }) @Directive(PUBLIC_TAG)
  get endCursor(): string | null {
    return this.page.cursors.at(-1) ?? null;
  }

  @Field(() => Int, { description: '符合条件的记录总数' }) @Directive(PUBLIC_TAG)
  totalCount(): Promise<number> {
    return this.page.count();
  }
}
