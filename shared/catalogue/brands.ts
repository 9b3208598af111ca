/**
 * Mills (钢厂/产地) and the names brokers use for them. The canonical name is the short market
 * name (沙钢, not 江苏沙钢集团有限公司), which is what lists print and what buyers ask for.
 */
export const BRAND_ALIASES: Readonly<Record<string, readonly string[]>> = {
  沙钢: ['江苏沙钢', '沙钢集团', '张家港沙钢'],
  永钢: ['永联', '江苏永钢', '永钢集团'],
  中天: ['中天钢铁', '常州中天'],
  鞍钢: ['鞍山钢铁', '鞍钢股份'],
  宝钢: ['宝武', '宝山钢铁', '宝钢股份', '中国宝武'],
  首钢: ['首钢集团', '首钢京唐'],
  日照: ['日钢', '日照钢铁'],
  马钢: ['马鞍山钢铁'],
  萍钢: ['萍乡钢铁', '方大萍钢'],
  九江: ['九钢', '萍钢九江'],
  敬业: ['敬业钢铁'],
  唐钢: ['河钢唐钢', '唐山钢铁'],
  邯钢: ['河钢邯钢'],
  承钢: ['河钢承钢'],
  韶钢: ['韶关钢铁', '宝武韶钢'],
  广钢: ['广州钢铁'],
  柳钢: ['柳州钢铁', '广西柳钢'],
  三钢: ['福建三钢', '三明钢铁'],
  德龙: ['德龙钢铁'],
  津西: ['津西钢铁'],
  莱钢: ['莱芜钢铁', '山钢莱钢'],
  舞钢: ['舞阳钢铁'],
  南钢: ['南京钢铁'],
  湘钢: ['湘潭钢铁', '华菱湘钢'],
  涟钢: ['华菱涟钢'],
  兴澄: ['兴澄特钢'],
  太钢: ['太原钢铁', '太钢不锈'],
  青山: ['青山钢铁', '青拓'],
  张浦: ['宝钢张浦'],
  德盛: ['宝钢德盛'],
  友发: ['友发钢管', '天津友发'],
  利达: ['利达钢管'],
  正大: ['正大钢管', '天津正大'],
  长江: ['长江钢管'],
  衡钢: ['衡阳钢管', '华菱衡钢'],
  成都无缝: ['攀成钢', '成都无缝钢管'],
  北海诚德: ['诚德', '北海诚德不锈'],
  华岐: ['华岐钢管'],
  天管: ['天津钢管', '大无缝'],
  包钢: ['包头钢铁'],
  武钢: ['武汉钢铁'],
  本钢: ['本溪钢铁'],
  安钢: ['安阳钢铁'],
  新钢: ['新余钢铁'],
  建龙: ['建龙钢铁'],
  达钢: ['达州钢铁', '达州钢厂'],
  龙钢: ['陕钢龙钢'],
  汉钢: ['陕钢汉钢'],
  昆钢: ['昆明钢铁'],
  重钢: ['重庆钢铁'],
  攀钢: ['攀枝花钢铁'],
  酒钢: ['酒泉钢铁'],
  梅钢: ['上海梅山'],
  阳春: ['阳春新钢铁'],
  鄂钢: ['鄂城钢铁'],
  石横: ['石横特钢'],
  闽源: ['闽源钢铁'],
  盛隆: ['盛隆冶金'],
  晋钢: ['晋城钢铁'],
};

const CANONICAL_BY_ALIAS: ReadonlyMap<string, string> = new Map(
  Object.entries(BRAND_ALIASES).flatMap(([canonical, aliases]) => [
    [canonical, canonical] as const,
    ...aliases.map((alias) => [alias, canonical] as const),
  ]),
);

/** Every name a mill goes by (canonical names and aliases), longest first for greedy matching. */
export const BRAND_NAMES: readonly string[] = [...CANONICAL_BY_ALIAS.keys()].sort((a, b) => b.length - a.length);

/** The canonical mill name for an alias (`江苏沙钢` → `沙钢`); unknown names come back trimmed. */
export function normaliseBrand(name: string): string {
  const trimmed = name.trim();
  return CANONICAL_BY_ALIAS.get(trimmed) ?? trimmed;
}
