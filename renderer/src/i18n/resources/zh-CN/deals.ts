/** zh-CN texts of deals (成交). */
export const dealsMessages = {
  deals: {
    title: '成交',
    subtitle: '成交记录与确认单',
    columns: {
      number: '成交单号',
      date: '成交日期',
      buyer: '买方',
      seller: '卖方',
      weight: '数量（吨）',
      amount: '金额',
      status: '状态',
    },
    empty: {
      title: '还没有成交',
      hint: '在撮合台为求购匹配货源，成交后会出现在这里。',
    },
  },
};
