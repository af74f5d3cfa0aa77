/** Dictionaries of the behaviour records (domain.md §3, §11.4). */
export const CHECK_CATEGORIES = ['日常', '双随机', '专项', '投诉举报', '其他'];
/** 监管对象类型 1 企业、个体户、农专社 … 11 其他. */
export const OBJECT_TYPES = Array.from({ length: 11 }, (_, i) => String(i + 1));
export const PENALTY_PROCEDURES = ['简易', '一般'];
/** 处罚种类 01 警告 … 14 责令关闭. */
export const PENALTY_TYPES = Array.from({ length: 14 }, (_, i) => String(i + 1).padStart(2, '0'));
export const COERCION_KINDS = ['强制措施', '强制执行'];
