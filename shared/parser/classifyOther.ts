import type { SkipReason } from './listingTypes';

/**
 * Recognises the lines of a pasted text that carry no goods: headings (【今日资源】), dates,
 * greetings, contact details, notes about prices or terms, decoration. Checked on lines with no
 * goods data, in this order: a heading can hold a date, a note can hold a phone number.
 */
const RULES: ReadonlyArray<{ reason: SkipReason; pattern: RegExp }> = [
  { reason: 'header', pattern: /^\s*[【[(（<《].*[】\])）>》]\s*$|今日|资源|库存|清单|报价单|价格表|行情|现货|品名|规格.*价格/ },
  { reason: 'greeting', pattern: /早上好|上午好|中午好|下午好|晚上好|早安|大家好|各位|老板|您好|你好|欢迎|谢谢|感谢|祝|生意兴隆|发财|辛苦|HELLO|\bHI\b/ },
  { reason: 'contact', pattern: /电话|手机|微信|联系|热线|TEL|VX|V信|QQ|咨询|\d{11}/ },
  { reason: 'note', pattern: /以上|价格|仅供参考|随行就市|为准|敬请|如有|备注|说明|注[:：]|含税|不含税|结算|付款|现款|承兑|自提|配送|运费|有效|截止|下单|锁价|定金|订金/ },
  { reason: 'date', pattern: /^\s*(?:(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}[日号]?)?\s*(?:(?:星期|周)[一二三四五六日天])?\s*$/ },
];

/** Letters, digits or CJK: a line without any is decoration (──────, ~~~~). */
const MEANINGFUL = /[A-Z0-9\u4e00-\u9fff]/;

/** Why a line with no goods data can be skipped, or undefined if it cannot be recognised. */
export function classifyOther(normalisedLine: string): SkipReason | undefined {
  if (!MEANINGFUL.test(normalisedLine)) return 'decoration';
  return RULES.find((rule) => rule.pattern.test(normalisedLine))?.reason;
}
