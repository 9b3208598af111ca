import type { CategoryCode } from './categories';

/**
 * The words brokers use for each category (品名) in stock lists and requests. Where one word is
 * inside another (镀锌 in 镀锌管, 螺纹 in 盘螺纹), matching longest first picks the right one.
 */
const WORDS: Readonly<Record<CategoryCode, readonly string[]>> = {
  rebar: ['螺纹钢', '螺纹', '螺纹钢筋', '钢筋', '直条'],
  wire_rod: ['线材', '高线', '盘元', '盘圆', '普线'],
  coil_rebar: ['盘螺', '盘螺纹', '盘螺钢筋'],
  hot_rolled_coil: ['热轧卷板', '热轧板卷', '热卷', '热轧卷', '热轧板', '卷板', '开平板', '热轧带钢', '带钢'],
  cold_rolled: ['冷轧板卷', '冷轧卷板', '冷轧', '冷板', '冷卷'],
  galvanized_sheet: ['镀锌板卷', '镀锌卷板', '镀锌板', '镀锌卷', '镀锌', '白铁皮'],
  plate: ['中厚板', '中板', '厚板', '钢板', '普板', '容器板'],
  h_beam: ['H型钢', 'H钢', '型钢H'],
  i_beam: ['工字钢', '工字'],
  channel: ['槽钢'],
  angle: ['角钢', '角铁'],
  welded_pipe: ['焊管', '直缝管', '螺旋管', '螺旋焊管', '焊接钢管', '脚手架管'],
  galvanized_pipe: ['镀锌管', '热镀锌管', '镀锌钢管'],
  seamless_pipe: ['无缝管', '无缝钢管', '无缝'],
  square_pipe: ['方矩管', '方管', '矩管', '矩形管', '方钢管'],
  stainless: ['不锈钢', '不锈', '不锈钢板', '不锈卷'],
};

/** Every category word with its code, longest first. Latin letters are upper case (`H型钢`). */
export const CATEGORY_WORDS: ReadonlyArray<{ word: string; code: CategoryCode }> = (
  Object.entries(WORDS) as Array<[CategoryCode, readonly string[]]>
)
  .flatMap(([code, words]) => words.map((word) => ({ word, code })))
  .sort((a, b) => b.word.length - a.word.length);
