import { MAX_EXPECTED_LIFETIME_MONTHS } from './clv';
import { PARETO_SHARE } from './pareto';
import { RETURN_WINDOWS_DAYS } from './repeatPurchase';
import { RFM_HIGH_SCORE, type RfmSegment } from './rfm';

/** A text in both UI languages. */
export interface BilingualText {
  zh: string;
  en: string;
}

/** What the UI shows in a metric's tooltip or info panel: its name and its exact definition. */
export interface MetricDefinition {
  name: BilingualText;
  definition: BilingualText;
}

export type MetricId =
  | 'repeatPurchaseRate'
  | 'repeatPurchaseTrend'
  | 'returnWithin'
  | 'cohortRetention'
  | 'retentionCurve'
  | 'coverage'
  | 'conversion'
  | 'penetration'
  | 'churnRate'
  | 'stageDistribution'
  | 'stageFlows'
  | 'phaseCounts'
  | 'profitContribution'
  | 'customerLifetimeValue'
  | 'rfm'
  | 'profitPareto';

const windows = RETURN_WINDOWS_DAYS.join('/');
const paretoPercent = `${PARETO_SHARE * 100}%`;

/**
 * The exact definition of every metric, as the functions compute it (see their TSDoc), for the UI.
 * Common to all: a deal counts when confirmed, delivered or settled; it counts for both its buyer
 * and its seller; months are calendar months of the deal date in market time (Asia/Shanghai); the
 * figures are as of the period's last day, or today if earlier.
 */
export const METRIC_DEFINITIONS: Readonly<Record<MetricId, MetricDefinition>> = {
  repeatPurchaseRate: {
    name: { zh: '复购率', en: 'Repeat purchase rate' },
    definition: {
      zh: '期间内成交 ≥ 2 笔的客户数 ÷ 期间内成交 ≥ 1 笔的客户数。',
      en: 'Customers with ≥ 2 deals in the period ÷ customers with ≥ 1 deal in the period.',
    },
  },
  repeatPurchaseTrend: {
    name: { zh: '复购率月度趋势', en: 'Repeat purchase by month' },
    definition: {
      zh: '把每个月单独作为期间计算的复购率：当月成交 ≥ 2 笔的客户数 ÷ 当月成交 ≥ 1 笔的客户数。',
      en: 'The repeat purchase rate of each month on its own: customers with ≥ 2 deals in the month ÷ customers with ≥ 1 deal in it.',
    },
  },
  returnWithin: {
    name: { zh: `新客 ${windows} 天复购`, en: `New customers buying again within ${windows} days` },
    definition: {
      zh: `期间内首次成交的新客户中，首单后 N 天内（之后的某一天）再次成交的比例。只统计 N 天观察期已经完整过去的客户（首单日 + N ≤ 统计日）。`,
      en: `Of the customers whose first deal ever falls in the period, the share with another deal on a later day at most N days after the first. Only customers whose N-day window has fully elapsed (first deal + N days ≤ as-of day) are counted.`,
    },
  },
  cohortRetention: {
    name: { zh: '同期群留存', en: 'Cohort retention' },
    definition: {
      zh: '按首单月份把客户分组；格子 (组, k) = 该组在首单后第 k 个月有 ≥ 1 笔成交的客户比例（k = 0 为 100%）。尚未到达的月份留空，不记为 0；最新一条对角线是进行中的月份。',
      en: 'Customers grouped by the month of their first deal; cell (cohort, k) = share of the cohort with ≥ 1 deal in the k-th month after the first (k = 0 is 100%). Months not reached yet are empty, not 0; the newest diagonal is a month in progress.',
    },
  },
  retentionCurve: {
    name: { zh: '留存曲线', en: 'Retention curve' },
    definition: {
      zh: '第 k 个月的留存 = 所有已到达第 k 个月的组在该月仍成交的客户数之和 ÷ 这些组的客户数之和（按组大小加权）。',
      en: 'Retention at month k = customers still trading in month k summed over the cohorts that reached k ÷ the sizes of those cohorts (weighted by cohort size).',
    },
  },
  coverage: {
    name: { zh: '覆盖率', en: 'Coverage' },
    definition: {
      zh: '已接触客户数 ÷ 已知市场参与者总数（所选范围内的全部客户，含外围客户）。已接触 = 截至统计日有首次接触日期、跟进记录或成交。',
      en: 'Customers in contact ÷ all known market participants (every customer in the selection, peripheral ones included). In contact = by the as-of day it has a first-contact date, a contact log or a deal.',
    },
  },
  conversion: {
    name: { zh: '转化率', en: 'Conversion' },
    definition: {
      zh: '截至统计日成交 ≥ 1 笔的客户数 ÷ 已接触客户数。',
      en: 'Customers with ≥ 1 deal by the as-of day ÷ customers in contact.',
    },
  },
  penetration: {
    name: { zh: '渗透率', en: 'Penetration' },
    definition: {
      zh: '期间内经我们成交的吨数 ÷ 客户估计用量（月估计用量 × 期间月数，统计日所在月份按已过天数折算）。整体 = 吨数之和 ÷ 估计用量之和。只统计填写了月估计用量的客户；估计偏低时可超过 100%。',
      en: 'Tonnes traded through us in the period ÷ the customer’s estimated consumption (estimated monthly kg × months in the period, the as-of month pro rata by elapsed days). Overall = Σ tonnes ÷ Σ estimates. Only customers with an estimate are counted; above 100% when the estimate is too low.',
    },
  },
  churnRate: {
    name: { zh: '流失率', en: 'Churn rate' },
    definition: {
      zh: '上一个等长期间有成交、本期间没有成交的客户数 ÷ 上一个期间有成交的客户数。期间含当前月份时，该月尚未结束，流失率偏高。',
      en: 'Customers with a deal in the previous period of the same length and none in this one ÷ customers with a deal in the previous period. When the period includes the current month, that month is not over and churn reads high.',
    },
  },
  stageDistribution: {
    name: { zh: '发展阶段分布', en: 'Stage distribution' },
    definition: {
      zh: '每月最后一天（或统计日）处于外围、潜在、真实、忠诚各阶段的客户数。',
      en: 'Customers in each stage (peripheral, potential, real, loyal) on the last day of each month (or the as-of day).',
    },
  },
  stageFlows: {
    name: { zh: '阶段流转', en: 'Stage movements' },
    definition: {
      zh: '期间内每次进入一个新阶段记为一次从前一阶段到该阶段的流转（首个阶段记为新进入）。',
      en: 'Each stage entered in the period counts one move from the stage before it (a customer’s first stage counts as a new entry).',
    },
  },
  phaseCounts: {
    name: { zh: '生命周期分布', en: 'Lifecycle phases' },
    definition: {
      zh: '当前处于考察期、形成期、稳定期、退化期的客户数；尚无成交的客户不计。',
      en: 'Customers now in exploration, formation, stability and decline; customers without a deal are not counted.',
    },
  },
  profitContribution: {
    name: { zh: '利润贡献', en: 'Profit contribution' },
    definition: {
      zh: '客户参与的每笔成交的利润：按吨佣金 = 每吨佣金 × 吨数；差价 = 各行（买方价 − 卖方价）× 吨数。每笔利润由买卖双方各分一半（零头 1 分归买方），因此各客户贡献之和等于公司利润。',
      en: 'Margin of each deal the customer took part in: per-tonne commission = fen per tonne × tonnes; spread = Σ lines (buyer price − seller price) × tonnes. Each deal’s margin is split half and half between buyer and seller (the odd fen to the buyer), so contributions add up to the company’s margin.',
    },
  },
  customerLifetimeValue: {
    name: { zh: '客户终身价值 (CLV)', en: 'Customer lifetime value (CLV)' },
    definition: {
      zh: `平均月利润 × 预期生命周期月数。平均月利润 = 首单以来的利润贡献 ÷ 首单月至统计月的月数；预期生命周期 = 1 ÷ (1 − r)，r 为期间内相邻月份的月留存率，最多 ${MAX_EXPECTED_LIFETIME_MONTHS} 个月。`,
      en: `Average monthly margin × expected lifetime in months. Average monthly margin = contribution since the first deal ÷ months from the first deal’s month to the as-of month; expected lifetime = 1 ÷ (1 − r), r being the month-to-month retention in the period, at most ${MAX_EXPECTED_LIFETIME_MONTHS} months.`,
    },
  },
  rfm: {
    name: { zh: 'RFM 客户分群', en: 'RFM segments' },
    definition: {
      zh: `期间内有成交的客户按最近成交距今天数 (R)、成交笔数 (F)、利润贡献 (M) 各自按五分位打 1–5 分；≥ ${RFM_HIGH_SCORE} 分为高。M 高为重要、否则为一般；R 高 F 高 = 价值，R 高 F 低 = 发展，R 低 F 高 = 保持，R 低 F 低 = 挽留。`,
      en: `Customers with a deal in the period are scored 1–5 by quintile on recency (days since the last deal, fewer is better), frequency (deals) and monetary (margin); a score ≥ ${RFM_HIGH_SCORE} is high. High M = important, else general; high R and F = value, high R low F = development, low R high F = keep, low R and F = retain.`,
    },
  },
  profitPareto: {
    name: { zh: '利润帕累托', en: 'Profit Pareto' },
    definition: {
      zh: `期间内有成交的客户按利润贡献从高到低排列，并累计占总利润的比例；给出贡献 ${paretoPercent} 利润所需的客户数。`,
      en: `Customers with a deal in the period sorted by profit contribution, highest first, with the running share of the total; and how many customers make ${paretoPercent} of it.`,
    },
  },
};

/** The names of the RFM segments. */
export const RFM_SEGMENT_NAMES: Readonly<Record<RfmSegment, BilingualText>> = {
  important_value: { zh: '重要价值客户', en: 'Champions (important value)' },
  important_development: { zh: '重要发展客户', en: 'Promising (important development)' },
  important_keep: { zh: '重要保持客户', en: 'At risk (important keep)' },
  important_retain: { zh: '重要挽留客户', en: 'Can’t lose (important retain)' },
  general_value: { zh: '一般价值客户', en: 'Loyal, low value (general value)' },
  general_development: { zh: '一般发展客户', en: 'New, low value (general development)' },
  general_keep: { zh: '一般保持客户', en: 'Fading (general keep)' },
  general_retain: { zh: '一般挽留客户', en: 'Lost (general retain)' },
};
