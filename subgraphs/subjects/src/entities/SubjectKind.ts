import { registerEnumType } from 'type-graphql';

/** 监管对象类别 (domain.md §11.2): 法人, 特定自然人, 特种设备, 特定产品, 场地场所, 项目工程. */
export enum SubjectKind {
  legal = 'legal',
  natural = 'natural',
  equipment = 'equipment',
  product = 'product',
  place = 'place',
  project = 'project',
}

registerEnumType(SubjectKind, {
  name: 'SubjectKind',
  description: '监管对象类别',
  valuesConfig: {
    legal: { description: '法人及其他组织（企业、个体户、农专社等）' },
    natural: { description: '特定自然人' },
    equipment: { description: '特种设备' },
    product: { description: '特定产品' },
    place: { description: '场地场所' },
    project: { description: '项目工程' },
  },
});
