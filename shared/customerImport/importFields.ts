/** The columns an import understands: customer fields, then the fields of one contact per row. */
export const IMPORT_FIELDS = [
  'name',
  'shortName',
  'type',
  'region',
  'city',
  'address',
  'phones',
  'broker',
  'categories',
  'estimatedMonthlyTons',
  'paymentPreference',
  'creditLimitYuan',
  'tags',
  'notes',
  'contactName',
  'contactTitle',
  'contactPhone',
  'contactWechat',
  'contactBirthday',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/**
 * Headers that name each field, Chinese first, then English; compared normalised (case, spaces and
 * punctuation ignored). The first of each language is what an export writes, so an exported file
 * imports again without remapping.
 */
export const FIELD_HEADERS: Readonly<Record<ImportField, { zh: readonly string[]; en: readonly string[] }>> = {
  name: { zh: ['客户名称', '公司名称', '客户', '公司', '单位名称', '名称'], en: ['Customer', 'Company', 'Name', 'Customer name', 'Company name'] },
  shortName: { zh: ['简称', '客户简称'], en: ['Short name', 'Abbreviation'] },
  type: { zh: ['类型', '客户类型'], en: ['Type', 'Customer type'] },
  region: { zh: ['地区', '区域'], en: ['Region', 'Area'] },
  city: { zh: ['城市'], en: ['City'] },
  address: { zh: ['地址', '公司地址'], en: ['Address'] },
  phones: { zh: ['电话', '公司电话', '座机'], en: ['Phone', 'Phones', 'Tel', 'Telephone'] },
  broker: { zh: ['业务员', '负责人', '经纪人'], en: ['Broker', 'Sales'] },
  categories: { zh: ['关注品种', '品种', '品名', '意向产品', '产品'], en: ['Products', 'Categories', 'Products of interest'] },
  estimatedMonthlyTons: { zh: ['月用量(吨)', '月用量', '预计月用量'], en: ['Monthly tonnes', 'Monthly consumption', 'Monthly consumption (t)'] },
  paymentPreference: { zh: ['付款方式', '结算方式'], en: ['Payment', 'Payment preference'] },
  creditLimitYuan: { zh: ['授信额度(元)', '授信额度', '信用额度'], en: ['Credit limit', 'Credit limit (CNY)'] },
  tags: { zh: ['标签'], en: ['Tags'] },
  notes: { zh: ['备注'], en: ['Notes', 'Remarks'] },
  contactName: { zh: ['联系人', '联系人姓名'], en: ['Contact', 'Contact name'] },
  contactTitle: { zh: ['职务', '职位'], en: ['Title', 'Contact title'] },
  contactPhone: { zh: ['联系人电话', '联系电话', '手机', '联系人手机'], en: ['Contact phone', 'Mobile'] },
  contactWechat: { zh: ['微信', '微信号'], en: ['WeChat', 'Wechat ID'] },
  contactBirthday: { zh: ['生日', '联系人生日'], en: ['Birthday', 'Contact birthday'] },
};
