import { registerEnumType } from 'type-graphql';

/** 事项类型 (domain.md §2.3): GraphQL names are English, stored values the Chinese terms of the national lists. */
export enum RegItemCategory {
  INSPECTION = '行政检查',
  PENALTY = '行政处罚',
  COERCION = '行政强制',
  OTHER = '其他',
}
registerEnumType(RegItemCategory, {
  name: 'RegItemCategory',
  description: '监管事项类型',
  valuesConfig: {
    INSPECTION: { description: '行政检查' },
    PENALTY: { description: '行政处罚' },
    COERCION: { description: '行政强制' },
    OTHER: { description: '其他' },
  },
});

/** 检查类型 of a 检查内容 (domain.md §2.1). */
export enum CheckContentType {
  DAILY = 'DAILY',
  RANDOM = 'RANDOM',
  SPECIAL = 'SPECIAL',
  TEMPORARY = 'TEMPORARY',
}
registerEnumType(CheckContentType, {
  name: 'CheckContentType',
  description: '检查类型',
  valuesConfig: {
    DAILY: { description: '日常检查' },
    RANDOM: { description: '随机抽查' },
    SPECIAL: { description: '专项检查' },
    TEMPORARY: { description: '临时检查' },
  },
});

/** 事项类别 of a 抽查事项: 重点检查事项 or 一般检查事项. */
export enum ImplListEmphasis {
  KEY = '重点',
  GENERAL = '一般',
}
registerEnumType(ImplListEmphasis, {
  name: 'ImplListEmphasis',
  description: '重点/一般检查事项',
  valuesConfig: { KEY: { description: '重点检查事项' }, GENERAL: { description: '一般检查事项' } },
});

export enum ItemClaimStatus {
  claimed = 'claimed',
  withdrawn = 'withdrawn',
}
registerEnumType(ItemClaimStatus, {
  name: 'ItemClaimStatus',
  description: '认领状态',
  valuesConfig: { claimed: { description: '已认领' }, withdrawn: { description: '已撤回' } },
});

/** 监管层级 of a 子项. */
export const SUPERVISION_LEVELS = ['国家', '省', '市', '县', '乡'] as const;
/** 适用范围 of a 子项 (全省/地市/区县). */
export const APPLICABLE_SCOPES = ['省', '市', '县'] as const;
