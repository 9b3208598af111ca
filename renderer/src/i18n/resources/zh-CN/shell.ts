/** zh-CN texts of the app shell: title, navigation, top bar, books, common words, errors, shared enums. */
export const shellMessages = {
  app: {
    title: '钢材撮合工作台',
    starting: '正在启动…',
    loadingBook: '正在打开账本…',
    bookFailed: '{{book}}打不开：{{message}}',
    bookFailedHint: '可以在设置中切换账本，或重新加载窗口。',
    settingsFailed: '读取设置失败：{{message}}',
  },
  nav: {
    label: '主导航',
    desk: '撮合台',
    customers: '客户',
    deals: '成交',
    analytics: '分析',
    sync: '同步',
    settings: '设置',
    shortcut: '快捷键 {{keys}}',
  },
  topBar: {
    book: '当前账本',
    broker: '业务员',
    brokerUnset: '未设置（在设置中填写）',
    today: '今天',
    demoBanner: '演示账本 DEMO：数据为虚构示例，不会同步到公司',
  },
  book: {
    main: '主账本',
    demo: '演示账本',
  },
  common: {
    cancel: '取消',
    save: '保存',
    saved: '已保存',
    tonnes: '{{value}} 吨',
    none: '—',
  },
  errors: {
    title: '出错了',
    where: '出错位置：{{where}}',
    message: '错误信息：{{message}}',
    retry: '重试',
    reload: '重新加载',
  },
  customerType: {
    buyer: '买方',
    seller: '卖方',
    both: '买卖兼营',
  },
  dealStatus: {
    draft: '草稿',
    confirmed: '已确认',
    delivered: '已交货',
    settled: '已结算',
    cancelled: '已取消',
  },
};
