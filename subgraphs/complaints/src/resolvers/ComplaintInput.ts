import { Field, InputType } from 'type-graphql';
import { IsOptional, Matches } from 'class-validator';
import { CrossFieldRules, IsAdCode, LocalDateScalar, MaxChars, NotBlank, Problems } from '@hub/runtime';
import { ComplaintChannel, ComplaintKind, ComplaintStatus } from '../entities/ComplaintEnums';
import { checkComplaintState } from '../rules/complaintRules';
import { ComplaintOptionalFields } from './ComplaintFields';

@InputType({ description: '登记投诉举报' })
export class ComplaintInput extends ComplaintOptionalFields implements CrossFieldRules {
  @Field(() => String, { nullable: true, description: '编号（不填则自动生成 TS+受理日期+7位序号；迁移历史数据时保留原编号）' })
  @IsOptional() @Matches(/^[0-9A-Za-z-]{4,32}$/, { message: '投诉举报编号应为4至32位字母、数字或连字符', context: { code: 'INVALID_COMPLAINT_NO' } })
  no?: string | null;

  @Field(() => ComplaintKind, { description: '诉求类型' })
  kind!: ComplaintKind;

  @Field(() => ComplaintChannel, { description: '受理渠道' })
  channel!: ComplaintChannel;

  @Field({ description: '受理时间' })
  receivedAt!: Date;

  @Field({ description: '被投诉举报对象名称' }) @NotBlank('被投诉举报对象名称') @MaxChars('被投诉举报对象名称', 200)
  targetName!: string;

  @Field({ description: '所属区划（GB/T 2260 六位代码）' }) @IsAdCode('所属区划')
  territory!: string;

  @Field({ description: '诉求内容' }) @NotBlank('诉求内容') @MaxChars('诉求内容', 2000)
  detail!: string;

  @Field({ description: '承办单位' }) @NotBlank('承办单位') @MaxChars('承办单位', 200)
  assignedOrg!: string;

  // No GraphQL default: the federation schema would hand the resolver the enum's name, not its value.
  @Field(() => ComplaintStatus, { nullable: true, description: '办理状态（默认受理；迁移历史数据时可直接登记最终状态）' })
  status?: ComplaintStatus | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '办结日期' })
  closedAt?: string | null;

  @Field(() => String, { nullable: true, description: '办理结果' }) @IsOptional() @MaxChars('办理结果', 1000)
  result?: string | null;

  checkRules(problems: Problems): void {
    checkComplaintState({ ...this, status: this.status ?? ComplaintStatus.accepted }, problems);
  }
}

/** Only what is given changes; `null` clears an optional fact. Status changes go through changeComplaintStatus. */
@InputType({ description: '修改投诉举报（只改给出的字段；状态请用 changeComplaintStatus）' })
export class UpdateComplaintInput extends ComplaintOptionalFields implements CrossFieldRules {
  @Field(() => ComplaintKind, { nullable: true, description: '诉求类型' })
  kind?: ComplaintKind | null;

  @Field(() => ComplaintChannel, { nullable: true, description: '受理渠道' })
  channel?: ComplaintChannel | null;

  @Field(() => Date, { nullable: true, description: '受理时间' })
  receivedAt?: Date | null;

  @Field(() => String, { nullable: true, description: '被投诉举报对象名称' }) @IsOptional() @NotBlank('被投诉举报对象名称') @MaxChars('被投诉举报对象名称', 200)
  targetName?: string | null;

  @Field(() => String, { nullable: true, description: '所属区划（GB/T 2260 六位代码）' }) @IsOptional() @IsAdCode('所属区划')
  territory?: string | null;

  @Field(() => String, { nullable: true, description: '诉求内容' }) @IsOptional() @NotBlank('诉求内容') @MaxChars('诉求内容', 2000)
  detail?: string | null;

  @Field(() => String, { nullable: true, description: '承办单位' }) @IsOptional() @NotBlank('承办单位') @MaxChars('承办单位', 200)
  assignedOrg?: string | null;

  /** Required facts may be left out of a change, but not cleared. */
  checkRules(problems: Problems): void {
    for (const field of REQUIRED_ON_UPDATE) {
      problems.check(this[field] !== null, 'REQUIRED', field, `${REQUIRED_LABELS[field]}不能为空`);
    }
    problems.check(this.dueAt !== null, 'REQUIRED', 'dueAt', '办理时限不能为空');
  }
}

const REQUIRED_LABELS = {
  kind: '诉求类型', channel: '受理渠道', receivedAt: '受理时间', targetName: '被投诉举报对象名称',
  territory: '所属区划', detail: '诉求内容', assignedOrg: '承办单位',
} as const;
const REQUIRED_ON_UPDATE = Object.keys(REQUIRED_LABELS) as (keyof typeof REQUIRED_LABELS)[];
