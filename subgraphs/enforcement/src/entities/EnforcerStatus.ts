import { registerEnumType } from 'type-graphql';

/** 执法人员状态: only active enforcers with a valid certificate may inspect. */
export enum EnforcerStatus {
  active = 'active',
  suspended = 'suspended',
  left = 'left',
}

registerEnumType(EnforcerStatus, {
  name: 'EnforcerStatus',
  description: '执法人员状态',
  valuesConfig: {
    active: { description: '在岗' },
    suspended: { description: '暂停执法' },
    left: { description: '离岗' },
  },
});
