/** zh-CN texts of the matching desk (撮合台). */
export const deskMessages = {
  desk: {
    title: '撮合台',
    subtitle: '左边是未满足的求购，右边是可售货源',
    requests: '求购',
    offers: '货源',
    requestColumns: {
      buyer: '买方',
      goods: '品名 / 材质 / 规格',
      weight: '数量（吨）',
      receivedAt: '收到时间',
    },
    offerColumns: {
      seller: '卖方',
      goods: '品名 / 材质 / 规格',
      brand: '钢厂',
      warehouse: '仓库',
      weight: '可售（吨）',
      price: '单价（元/吨）',
    },
    moreLines: '另 {{count}} 行',
    emptyRequests: {
      title: '没有未满足的求购',
      hint: '客户来电或微信求购时，在这里登记，撮合台会帮你找货。',
    },
    emptyOffers: {
      title: '没有可售货源',
      hint: '把钢厂、仓库发来的资源单粘贴进来，即可在这里看到货源。',
    },
  },
};
