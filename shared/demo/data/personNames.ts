/** A name part with its pinyin syllables (space-separated), for WeChat ids and broker prefixes. */
export type NamePart = readonly [hanzi: string, pinyin: string];

/** Common Chinese surnames, most frequent first (pick with `Random.pickFront`). */
export const SURNAMES: readonly NamePart[] = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'], ['赵', 'zhao'],
  ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'],
  ['何', 'he'], ['林', 'lin'], ['高', 'gao'], ['罗', 'luo'], ['郑', 'zheng'], ['梁', 'liang'], ['谢', 'xie'], ['宋', 'song'],
  ['唐', 'tang'], ['许', 'xu'], ['韩', 'han'], ['冯', 'feng'], ['邓', 'deng'], ['曹', 'cao'], ['彭', 'peng'], ['曾', 'zeng'],
  ['肖', 'xiao'], ['田', 'tian'], ['董', 'dong'], ['潘', 'pan'], ['袁', 'yuan'], ['蔡', 'cai'], ['蒋', 'jiang'], ['余', 'yu'],
  ['于', 'yu'], ['杜', 'du'], ['叶', 'ye'], ['程', 'cheng'], ['魏', 'wei'], ['苏', 'su'], ['吕', 'lv'], ['丁', 'ding'],
  ['任', 'ren'], ['沈', 'shen'], ['姚', 'yao'], ['卢', 'lu'], ['钟', 'zhong'], ['姜', 'jiang'], ['崔', 'cui'], ['谭', 'tan'],
  ['陆', 'lu'], ['范', 'fan'], ['汪', 'wang'], ['廖', 'liao'], ['石', 'shi'], ['金', 'jin'], ['贾', 'jia'], ['夏', 'xia'],
];

/** Given names (名) of the generation now running steel businesses. */
export const GIVEN_NAMES: readonly NamePart[] = [
  ['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['强', 'qiang'], ['磊', 'lei'],
  ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['娟', 'juan'], ['涛', 'tao'], ['明', 'ming'],
  ['超', 'chao'], ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'], ['鹏', 'peng'], ['辉', 'hui'], ['斌', 'bin'], ['峰', 'feng'],
  ['鑫', 'xin'], ['浩', 'hao'], ['宇', 'yu'], ['亮', 'liang'], ['波', 'bo'], ['凯', 'kai'], ['婷', 'ting'], ['颖', 'ying'],
  ['秀英', 'xiu ying'], ['桂英', 'gui ying'], ['建华', 'jian hua'], ['建国', 'jian guo'], ['志强', 'zhi qiang'],
  ['国平', 'guo ping'], ['海涛', 'hai tao'], ['海波', 'hai bo'], ['文斌', 'wen bin'], ['晓东', 'xiao dong'],
  ['晓明', 'xiao ming'], ['俊杰', 'jun jie'], ['建军', 'jian jun'], ['红梅', 'hong mei'], ['丽华', 'li hua'],
  ['玉兰', 'yu lan'], ['春生', 'chun sheng'], ['国强', 'guo qiang'], ['永刚', 'yong gang'], ['立新', 'li xin'],
  ['卫东', 'wei dong'], ['志刚', 'zhi gang'], ['金龙', 'jin long'], ['德明', 'de ming'], ['振华', 'zhen hua'], ['宏伟', 'hong wei'],
];

/** Titles of the other people a broker talks to at a customer, with relative weights. */
export const STAFF_TITLES: ReadonlyArray<readonly [string, number]> = [
  ['采购', 20], ['财务', 15], ['业务经理', 15], ['项目经理', 10], ['销售经理', 10], ['仓库主管', 8], ['副总', 5],
];

/** Titles of a customer's key decision maker, the first contact a broker makes. */
export const KEY_TITLES: readonly string[] = ['老板', '总经理', '采购经理'];
