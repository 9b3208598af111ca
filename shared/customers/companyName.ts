import { normalizeForSearch } from '../search/normalizeForSearch';

/** Legal-form words that do not tell two companies apart, longest first. */
const LEGAL_FORMS = ['有限责任公司', '股份有限公司', '有限公司', '集团', '公司', 'coltd', 'co', 'ltd', 'limited'];

/** A company name as compared for identity: normalised like search (`沙钢（集团）` → `沙钢集团`). */
export function companyNameKey(name: string): string {
  return normalizeForSearch(name);
}

/**
 * The distinctive part of a company name: normalised, legal-form words dropped from the end,
 * `上海宝丰建材有限公司` → `上海宝丰建材`. Two names with the same core are near-identical.
 */
export function companyNameCore(name: string): string {
  let core = companyNameKey(name);
  for (let trimmed = true; trimmed; ) {
    trimmed = false;
    for (const form of LEGAL_FORMS) {
      if (core.length > form.length && core.endsWith(form)) {
        core = core.slice(0, -form.length);
        trimmed = true;
      }
    }
  }
  return core;
}
