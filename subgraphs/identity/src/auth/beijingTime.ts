/** 2026-11-23T09:05:00Z → 2026-11-23 17:05:00 (北京时间), for messages people read. */
export const beijingTime = (date: Date): string => date.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai', hour12: false });
