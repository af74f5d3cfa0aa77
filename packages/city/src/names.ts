import { Rng } from './rng';

// Vocabulary for plausible, clearly synthetic names.
const TRADE_SYLLABLES = ['华', '瑞', '恒', '信', '达', '鑫', '源', '泰', '安', '康', '和', '丰', '盛', '联', '通', '兴', '宏', '正', '嘉', '明', '新', '光', '远', '德', '晟', '钱', '湖', '江', '禾', '绿'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀', '霞', '平', '刚', '桂', '文', '辉', '建', '华', '红', '玲', '斌', '宇'];
const ROADS = ['文一路', '天目山路', '莫干山路', '延安路', '解放路', '江南大道', '滨盛路', '古墩路', '金城路', '文二西路', '之江路', '湖墅南路'];

export const tradeName = (rng: Rng) => rng.pick(TRADE_SYLLABLES) + rng.pick(TRADE_SYLLABLES);
export const personName = (rng: Rng) => rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.6) ? rng.pick(GIVEN) : '');
export const address = (rng: Rng, countyName: string) => `浙江省杭州市${countyName}${rng.pick(ROADS)}${rng.int(1, 999)}号`;
export const maskedPhone = (rng: Rng) => `1${rng.int(30, 99)}****${rng.digits(4)}`;
