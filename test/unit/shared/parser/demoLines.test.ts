import { describe, expect, it } from 'vitest';
import { createDemoContext, generateOffers, generateRequests } from '../../../../shared/demo';
import { parseListing } from '../../../../shared/parser/parseListing';

// The demo generator writes each offer's and request's `sourceText` the way sellers and buyers
// do, with varied notations (18厚 2200*8000, 10号, 4分, □120*80*4, 12件/23.5吨 ...). Parsing the text
// must give back the record. A line may say less than the record (HW250*250 without its web and
// flange): then the parsed dims are the start of the record's, or the spec texts agree (DN50).
const ctx = createDemoContext();

function specAgrees(parsed: { text: string; dims: number[] } | undefined, record: { text: string; dims: number[] }): boolean {
  if (!parsed) return false;
  return parsed.text === record.text || (parsed.dims.length > 0 && parsed.dims.every((d, i) => d === record.dims[i]));
}

describe('parseListing reads the demo generator’s stock-list and request lines back', () => {
  it('every one of 3,000 offer lines, field by field, without problems', () => {
    for (const offer of generateOffers(ctx, 3000)) {
      const parsed = parseListing(offer.sourceText!);
      expect(parsed.lines, offer.sourceText).toHaveLength(1);
      const line = parsed.lines[0]!;
      const counted = /\d(件|支|张|根)/.test(offer.sourceText!);
      expect(
        {
          category: line.category?.code,
          grade: line.grade,
          spec: specAgrees(line.spec, offer.spec),
          brand: line.brand,
          kg: line.quantityKg,
          fen: line.priceFenPerTon,
          warehouse: line.location.warehouse,
          city: line.location.city,
          pieces: line.pieces?.count,
          problems: line.problems,
        },
        offer.sourceText,
      ).toEqual({
        category: offer.category,
        grade: offer.grade,
        spec: true,
        brand: offer.brand,
        kg: offer.availableKg,
        fen: offer.priceFenPerTon,
        warehouse: offer.warehouse,
        city: offer.city,
        pieces: counted ? offer.pieces : undefined,
        problems: [],
      });
    }
  });

  it('every request line, as far as its text says (substitutes and tolerances the buyer agreed are not written)', () => {
    for (const request of generateRequests(ctx, 500)) {
      for (const asked of request.lines) {
        const parsed = parseListing(asked.sourceText!, 'request');
        expect(parsed.lines, asked.sourceText).toHaveLength(1);
        const line = parsed.lines[0]!;
        expect(
          {
            category: line.category?.code,
            grade: line.grade,
            spec: specAgrees(line.spec, asked.spec),
            brands: line.brand === undefined ? undefined : [line.brand, ...line.alternativeBrands],
            kg: line.quantityKg,
            deliveryCity: line.deliveryCity,
            target: line.priceFenPerTon,
            problems: line.problems,
          },
          asked.sourceText,
        ).toEqual({
          category: asked.category,
          grade: asked.grades[0],
          spec: true,
          brands: asked.brands,
          kg: asked.weightKg,
          deliveryCity: asked.deliveryCity,
          target: asked.targetPriceFenPerTon,
          problems: [],
        });
      }
    }
  });
});
