/**
 * Characters steel traders pick for a trade name (字号): two or three of them make names such as
 * 鑫泰 or 宏达盛. The characters are distinct so combinations never repeat one.
 */
export const TRADE_NAME_CHARACTERS: readonly string[] = [
  '鑫', '泰', '宏', '达', '盛', '金', '华', '祥', '源', '恒', '通', '利', '丰', '瑞', '荣', '昌', '兴', '润', '永', '隆',
  '顺', '旺', '福', '发', '联', '合', '信', '诚', '安', '广', '德', '嘉', '博', '众', '汇', '海', '卓', '创', '宇', '远',
];
