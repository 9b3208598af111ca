import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../shared/ids/uuidv7';
import { OfferSchema, RequestLineSchema } from '../../../../shared/model';
import { parseListing } from '../../../../shared/parser/parseListing';
import { toOfferDraft } from '../../../../shared/parser/toOfferDraft';
import { toRequestLineDraft } from '../../../../shared/parser/toRequestLineDraft';

const defaults = { sellerId: uuidv7(1_763_000_000_000), listingId: uuidv7(1_763_000_000_001), validUntil: '2026-11-23', postedAt: '2026-11-23T09:30:00+08:00' };

function firstLine(text: string, kind: 'offer' | 'request' = 'offer') {
  return parseListing(text, kind).lines[0]!;
}

describe('toOfferDraft', () => {
  it('makes an offer the model accepts from a complete stock-list line', () => {
    const result = toOfferDraft(firstLine('螺纹 HRB400E Φ20 9m 沙钢 乐从库 56吨 3560'), defaults);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft).toMatchObject({
      category: 'rebar',
      grade: 'HRB400E',
      spec: { text: 'Φ20*9m', dims: [20, 9000] },
      brand: '沙钢',
      warehouse: '乐从库',
      city: '佛山',
      availableKg: 56_000,
      priceFenPerTon: 356_000,
      weighing: 'theoretical',
      taxIncluded: true,
      status: 'open',
      sourceText: '螺纹 HRB400E Φ20 9m 沙钢 乐从库 56吨 3560',
    });
    expect(OfferSchema.safeParse({ id: uuidv7(1_763_000_000_002), ...result.draft }).success).toBe(true);
  });

  it('takes the category default weighing when the line does not say (coils are weighed)', () => {
    const result = toOfferDraft(firstLine('热卷 Q235B 3.0*1500*C 100吨 3620'), defaults);
    expect(result.ok && result.draft.weighing).toBe('weighed');
  });

  it('weighs single pieces theoretically when the line counts plates instead of tonnes', () => {
    const result = toOfferDraft(firstLine('中板 Q355B 20*2200*8000 12张 3880'), defaults);
    // 20 × 2200 × 8000 mm × 7.85 g/cm³ = 2763.2 kg a plate.
    expect(result.ok && result.draft).toMatchObject({ availableKg: 33_158, pieces: 12, weighing: 'theoretical' });
  });

  it('does not guess a weight from bundles (件), whose bar count varies', () => {
    const result = toOfferDraft(firstLine('中板 Q355B 20*2200*8000 12件 3880'), defaults);
    expect(result).toEqual({ ok: false, missing: ['quantity'], message: { zh: '第 1 行缺少数量', en: 'line 1 lacks quantity' } });
  });

  it('names every missing field and the line', () => {
    const result = toOfferDraft(parseListing('标题\n螺纹 Φ20 9m 沙钢').lines[0]!, defaults);
    expect(result).toEqual({
      ok: false,
      missing: ['grade', 'quantity', 'price'],
      message: { zh: '第 2 行缺少材质、数量、价格', en: 'line 2 lacks grade, quantity, price' },
    });
  });
});

describe('toRequestLineDraft', () => {
  it('makes a request line the model accepts, with accepted grades, lengths, mill, delivery and target', () => {
    const result = toRequestLineDraft(firstLine('求购 螺纹 HRB400/HRB400E Φ20 9/12m 沙钢 100吨 送到杭州 目标价3500', 'request'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft).toEqual({
      category: 'rebar',
      grades: ['HRB400', 'HRB400E'],
      spec: { text: 'Φ20*9m', dims: [20, 9000] },
      tolerance: { lengthsM: [9, 12] },
      brands: ['沙钢'],
      deliveryCity: '杭州',
      weightKg: 100_000,
      targetPriceFenPerTon: 350_000,
      sourceText: '求购 螺纹 HRB400/HRB400E Φ20 9/12m 沙钢 100吨 送到杭州 目标价3500',
    });
    expect(RequestLineSchema.safeParse({ lineId: uuidv7(1_763_000_000_003), ...result.draft }).success).toBe(true);
  });

  it('refuses a request line without a quantity', () => {
    const result = toRequestLineDraft(firstLine('要点螺纹 HRB400E Φ20 9m', 'request'));
    expect(result).toMatchObject({ ok: false, missing: ['quantity'] });
  });
});
