/** zh-CN texts of analytics (分析). */
export const analyticsMessages = {
  analytics: {
    title: '分析',
    subtitle: '本月概况（{{month}}）',
    customers: '客户数',
    dealsThisMonth: '本月成交',
    tonnesThisMonth: '本月成交量',
    amountThisMonth: '本月成交额',
    chartsLater: '覆盖率、转化率、复购率等图表将在这里显示。',
    empty: {
      title: '还没有可分析的数据',
      hint: '有了客户和成交之后，这里会显示关键指标。',
    },
  },
};
