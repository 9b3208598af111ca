import type { ContactChannel } from '../../model/customer';
import type { DemoArchetype } from '../archetypes';

/**
 * What brokers write in a contact log (跟进记录). Placeholders: {category} a category the customer
 * trades, {tons} a tonnage, {price} yuan per tonne, {title} the contact's title.
 */
export const LOG_PHRASES: Readonly<Record<ContactChannel, readonly string[]>> = {
  phone: [
    '电话沟通{category}需求，对方这周要{tons}吨',
    '询价{category}，报{price}元/吨，对方说再比比',
    '确认送货时间和卸货地点',
    '催收货款，答应周五前付清',
    '回访，工地进度正常，下月还有量',
  ],
  wechat: ['微信发送今日资源单', '微信报价{category}{price}元/吨', '客户微信询{category}库存', '发送成交确认单照片', '微信发了最新{category}行情'],
  visit: ['上门拜访{title}，了解月用量约{tons}吨', '到工地看现场，确认规格和用量', '请客户吃饭，聊明年项目'],
  sms: ['短信节日问候', '短信提醒对账'],
  email: ['发送对账单', '发送公司资质和开票信息'],
};

/** The first log of a relationship: how the broker met the customer. */
export const FIRST_CONTACT_PHRASES: readonly string[] = [
  '初次接触：在市场上认识，留了电话',
  '初次接触：电话陌拜，介绍我司资源',
  '初次接触：展会上交换名片',
  '初次接触：对方在群里求购，加了微信',
];

/** The first log of a customer referred by another (口碑): {referrer} is the referrer's short name. */
export const REFERRED_FIRST_CONTACT = '初次接触：{referrer}介绍过来的';

/** Phrases that tell where the relationship is going, mixed into the general ones. */
export const ARCHETYPE_PHRASES: Readonly<Partial<Record<DemoArchetype, readonly string[]>>> = {
  lapsed: ['回访，对方说项目停工，暂时不用货', '回访，对方最近在别家拿货', '电话没接，发微信留言'],
  declining: ['对方反映我们价格比别家高', '回访，对方说今年项目少了', '对方抱怨上次磅差偏大'],
  potential: ['介绍我司资源和价格优势', '对方说有需求再联系', '发送资源单，对方暂未回复'],
  supplier: ['对方发来今日资源单', '核对库存和价格', '谈下月长协价格'],
  new: ['首单后回访，对方满意', '沟通后续供货计划'],
  growing: ['对方说新项目开工，用量会增加', '沟通月度供货计划'],
};
