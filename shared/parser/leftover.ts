/**
 * Words that often surround goods data without adding to it (现货, 价格, 求购...), and
 * punctuation. What is left of a line after the readers and these is reported as not understood.
 */
const FILLER =
  /现货|价格|单价|报价|产地|钢厂|厂家|规格|材质|数量|品名|仓库|库存|重量|件数|左右|以内|以下|以上|上下|大约|约|定尺|可议|可谈|面议|电议|有货|特价|优惠|急需|急求|求购|采购|需要|询价|货源|资源|充足|少量|大量|一批|量大|从优|出厂|直发|新到|到货|刚到|自提|配送|送货|包邮|含运|规格齐全|齐全|优先|欢迎|咨询|元|吨|件|只|的|和|或|及|共|合计|有|要|收|找|全|多|余|剩|剩余|价/g;
const PUNCTUATION = /[\s,.;:!?'"`~@#$%^&*()[\]{}<>|\\/+=_\-—–…·、，。；：！？“”‘’（）【】《》〈〉「」『』〔〕]+/g;

/** The fragments of a line nobody understood, joined by a space; empty when nothing is left. */
export function leftover(remaining: string): string {
  const unpunctuated = remaining.replace(PUNCTUATION, ' ').trim();
  return unpunctuated === '' ? '' : unpunctuated.replace(FILLER, ' ').trim().replace(/\s+/g, ' ');
}
