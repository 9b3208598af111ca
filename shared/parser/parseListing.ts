import type { ListingKind, ListingLine, ParsedListing } from './listingTypes';
import { readLine, type ListingContext } from './readLine';

/**
 * Parses a pasted text — a WeChat stock list (货源) or a buyer's message (求购) — into goods lines.
 * Each line is read on its own (see readLine); headings set the category, grade, mill or place
 * for the lines below them (【螺纹钢】 / 沙钢： / 今日乐从资源), and a note about tax applies to the
 * lines below it, or to those above when it says 以上. Headings, dates, greetings, contact details
 * and notes are reported as skipped; lines nobody can read come back in `unreadable` with their
 * number and the text not understood. Never throws.
 *
 * Quantities are integer kg (tonnes × 1000) and prices integer fen per tonne (yuan × 100).
 */
export function parseListing(text: string, kind: ListingKind = 'offer'): ParsedListing {
  const result: ParsedListing = { kind, lines: [], skipped: [], unreadable: [] };
  const taxStated = new Set<ListingLine>();
  let context: ListingContext = { location: {} };
  const rows = text.split(/\r\n|\r|\n/);
  for (let index = 0; index < rows.length; index++) {
    const lineNumber = index + 1;
    const row = rows[index]!;
    const reading = readLine(row, lineNumber, kind, context);
    switch (reading.type) {
      case 'blank':
        break;
      case 'goods':
        result.lines.push(reading.line);
        if (reading.taxStated) taxStated.add(reading.line);
        break;
      case 'unreadable':
        result.unreadable.push(reading.problem);
        break;
      case 'skipped': {
        result.skipped.push({ lineNumber, text: row, reason: reading.reason });
        const { taxIncluded, ...sets } = reading.sets;
        if (taxIncluded !== undefined && reading.taxAppliesAbove) {
          for (const line of result.lines) if (!taxStated.has(line)) line.taxIncluded = taxIncluded;
        }
        context = nextContext(context, reading.taxAppliesAbove ? sets : reading.sets);
      }
    }
  }
  return result;
}

/** A heading naming a category starts a new section: the mill and grade of the previous one no longer apply. */
function nextContext(context: ListingContext, sets: Partial<ListingContext>): ListingContext {
  const base = sets.category !== undefined ? { ...context, brand: undefined, grade: undefined } : context;
  return { ...withoutUndefined(base), ...sets, location: { ...context.location, ...sets.location } };
}

function withoutUndefined(context: ListingContext): ListingContext {
  return Object.fromEntries(Object.entries(context).filter(([, value]) => value !== undefined)) as unknown as ListingContext;
}
