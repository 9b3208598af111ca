/** zh-CN texts of the customer book (客户). */
export const customersMessages = {
  customers: {
    title: '客户',
    subtitle: '公司的客户档案：业务员走了，客户不走',
    columns: {
      name: '客户名称',
      region: '地区',
      type: '类型',
      broker: '业务员',
    },
    empty: {
      title: '还没有客户',
      hint: '新建客户，或在设置中载入演示账本看看效果。',
    },
  },
};
