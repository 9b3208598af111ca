/** zh-CN texts of sync with the office (同步). */
export const syncMessages = {
  sync: {
    title: '同步',
    subtitle: '每天收市后与公司同步',
    outbox: '待上传的修改',
    outboxHint: '这些修改已保存在本机，同步后上传到公司。',
    hub: '公司服务器',
    hubUnset: '未设置',
    notPaired: '未配对',
    notPairedHint: '本机还没有与公司服务器配对。请向公司索取配对码。',
    demoNeverSyncs: '演示账本不会同步。',
  },
};
