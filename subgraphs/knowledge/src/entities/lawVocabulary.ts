/** 效力位阶 (domain.md §11.8): the folders of `laws/` and the `level` of a law file. */
export const LAW_LEVELS = ['宪法', '法律', '行政法规', '部门规章', '地方性法规', '司法解释', '规范性文件'] as const;
export type LawLevel = (typeof LAW_LEVELS)[number];

/** 时效性: 现行 (the current version), 已修订 (a later version exists), 已废止 (repealed). */
export const LAW_STATUSES = ['现行', '已修订', '已废止'] as const;
export type LawStatus = (typeof LAW_STATUSES)[number];
