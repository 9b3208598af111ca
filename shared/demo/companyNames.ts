import type { DemoContext } from './context';
import type { CustomerProfile } from './customerProfile';
import { INDUSTRIES } from './data/industries';

/** A company's registered name and the short name (简称) brokers use. */
export interface CompanyNames {
  name: string;
  shortName: string;
}

/** 地名 + 字号 + 行业 + 有限公司, e.g. 无锡鑫泰钢铁有限公司, short 鑫泰钢铁. */
export function companyNames(ctx: DemoContext, customer: CustomerProfile): CompanyNames {
  const tradeName = ctx.tradeName(customer.index);
  const industry = INDUSTRIES[customer.industry];
  return { name: `${customer.city.name}${tradeName}${industry.word}有限公司`, shortName: `${tradeName}${industry.short}` };
}
