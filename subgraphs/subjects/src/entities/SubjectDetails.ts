import { Embeddable, Property } from '@mikro-orm/core';
import { Field, Float, InputType, ObjectType } from 'type-graphql';
import { IsOptional, IsIn, Min } from 'class-validator';
import { IsOrgCode, IsUscc, MaxChars, NotBlank, LocalDateScalar } from '@hub/runtime';

// Kind-specific facts of a subject (domain.md §11.2). Each is stored as one JSONB column on `subject`
// and is both the GraphQL output type and (with the *Input twins) what clients send.

@Embeddable()
@ObjectType({ description: '法人信息' })
@InputType('LegalPersonInput')
export class LegalPersonInfo {
  @Field({ description: '企业类型' }) @NotBlank('企业类型') @MaxChars('企业类型', 100)
  @Property() entType!: string;

  @Field({ description: '法定代表人' }) @NotBlank('法定代表人') @MaxChars('法定代表人', 100)
  @Property() legalRep!: string;

  @Field(() => String, { nullable: true, description: '法定代表人证件类型' }) @IsOptional()
  @Property({ nullable: true }) legalRepCertType?: string | null;

  @Field(() => String, { nullable: true, description: '法定代表人证件号码' }) @IsOptional() @MaxChars('法定代表人证件号码', 32)
  @Property({ nullable: true }) legalRepCertNo?: string | null;

  @Field(() => String, { nullable: true, description: '注册号' }) @IsOptional() @MaxChars('注册号', 50)
  @Property({ nullable: true }) regNo?: string | null;

  @Field(() => String, { nullable: true, description: '组织机构代码（GB 11714）' }) @IsOptional() @IsOrgCode('组织机构代码')
  @Property({ nullable: true }) orgCode?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '成立日期' }) @IsOptional()
  @Property({ nullable: true }) estDate?: string | null;

  @Field({ description: '登记状态（存续、在业、吊销、注销…）' }) @NotBlank('登记状态') @MaxChars('登记状态', 20)
  @Property() regStatus!: string;

  @Field(() => String, { nullable: true, description: '登记机关' }) @IsOptional() @MaxChars('登记机关', 200)
  @Property({ nullable: true }) regAuthority?: string | null;

  @Field(() => Float, { nullable: true, description: '注册资本（万元）' }) @IsOptional() @Min(0, { message: '注册资本不能为负数', context: { code: 'INVALID_AMOUNT' } })
  @Property({ type: 'double', nullable: true }) capital?: number | null;
}

@Embeddable()
@ObjectType({ description: '特定自然人信息' })
@InputType('NaturalPersonInput')
export class NaturalPersonInfo {
  @Field(() => String, { nullable: true, description: '资格证书' }) @IsOptional() @MaxChars('资格证书', 200)
  @Property({ nullable: true }) qualification?: string | null;
}

export const EQUIPMENT_TYPES = ['锅炉', '压力容器', '电梯', '起重机械', '场（厂）内专用机动车辆', '压力管道', '大型游乐设施', '客运索道'];

@Embeddable()
@ObjectType({ description: '特种设备信息' })
@InputType('EquipmentInput')
export class EquipmentInfo {
  @Field({ description: '使用登记证号' }) @NotBlank('使用登记证号') @MaxChars('使用登记证号', 50)
  @Property() regCode!: string;

  @Field({ description: '设备种类' }) @IsIn(EQUIPMENT_TYPES, { message: `设备种类应为：${EQUIPMENT_TYPES.join('、')}`, context: { code: 'INVALID_ENUM' } })
  @Property() equipType!: string;

  @Field({ description: '使用单位统一社会信用代码' }) @IsUscc('使用单位统一社会信用代码')
  @Property() ownerUscc!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '下次检验日期' }) @IsOptional()
  @Property({ nullable: true }) nextInspectDate?: string | null;
}

export const PRODUCT_TYPES = ['食品', '特殊食品', '药品', '化妆品', '医疗器械', '其他'];

@Embeddable()
@ObjectType({ description: '特定产品信息' })
@InputType('ProductInput')
export class ProductInfo {
  @Field({ description: '产品类别' }) @IsIn(PRODUCT_TYPES, { message: `产品类别应为：${PRODUCT_TYPES.join('、')}`, context: { code: 'INVALID_ENUM' } })
  @Property() productType!: string;

  @Field(() => String, { nullable: true, description: '许可证编号' }) @IsOptional() @MaxChars('许可证编号', 100)
  @Property({ nullable: true }) licenseNo?: string | null;

  @Field({ description: '生产者统一社会信用代码' }) @IsUscc('生产者统一社会信用代码')
  @Property() producerUscc!: string;
}

@Embeddable()
@ObjectType({ description: '场地场所信息' })
@InputType('PlaceInput')
export class PlaceInfo {
  @Field({ description: '场所类型' }) @NotBlank('场所类型') @MaxChars('场所类型', 50)
  @Property() placeType!: string;

  @Field({ description: '地址' }) @NotBlank('地址') @MaxChars('地址', 400)
  @Property() address!: string;

  @Field(() => Float, { nullable: true, description: '纬度' }) @IsOptional()
  @Property({ type: 'double', nullable: true }) lat?: number | null;

  @Field(() => Float, { nullable: true, description: '经度' }) @IsOptional()
  @Property({ type: 'double', nullable: true }) lng?: number | null;

  @Field(() => String, { nullable: true, description: '经营者统一社会信用代码' }) @IsOptional() @IsUscc('经营者统一社会信用代码')
  @Property({ nullable: true }) operatorUscc?: string | null;
}

@Embeddable()
@ObjectType({ description: '项目工程信息' })
@InputType('ProjectInput')
export class ProjectInfo {
  @Field({ description: '投资项目代码' }) @NotBlank('投资项目代码') @MaxChars('投资项目代码', 50)
  @Property() projectCode!: string;

  @Field({ description: '建设单位统一社会信用代码' }) @IsUscc('建设单位统一社会信用代码')
  @Property() ownerUscc!: string;

  @Field({ description: '建设地点' }) @NotBlank('建设地点') @MaxChars('建设地点', 400)
  @Property() location!: string;
}

