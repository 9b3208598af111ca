import type { RequestLine } from '../model/request';
import type { DemoProduct, DemoSpec } from './products/demoProduct';
import { formatTons } from './formatTons';

/**
 * The request line as a buyer types it on WeChat, e.g. `求购 螺纹 HRB400 Φ20 9米 50吨 沙钢/永钢优先
 * 送杭州 目标价3480`. Its numbers agree with the line.
 */
export function formatRequestLine(product: DemoProduct, spec: DemoSpec, line: Omit<RequestLine, 'sourceText'>): string {
  const parts = ['求购', product.typedName, line.grades[0]!, spec.typed, `${formatTons(line.weightKg)}吨`];
  if (line.brands?.length) parts.push(`${line.brands.join('/')}优先`);
  if (line.deliveryCity) parts.push(`送${line.deliveryCity}`);
  if (line.targetPriceFenPerTon !== undefined) parts.push(`目标价${line.targetPriceFenPerTon / 100}`);
  return parts.join(' ');
}
