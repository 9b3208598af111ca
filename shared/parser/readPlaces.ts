import { cityOfPlace } from '../catalogue/places';
import type { LineScanner } from './lineScanner';
import type { ListingLocation } from './listingTypes';
import { findBrand, findPlace } from './finders';

/** Warehouse names end in 库/仓库/物流园...; 库存 (stock) is not one. */
const WAREHOUSE_SUFFIX = /仓库|物流园|物流|码头|堆场|库(?!存)|仓/g;
/** A warehouse name is the run of Chinese characters before its suffix, up to this long. */
const MAX_NAME = 12;
/** Words that run into a warehouse name without being part of it. */
const WAREHOUSE_LEAD = /^(?:现货|货在|在|提货地?|仓库|库存)/;
/** A place preceded by one of these is where a buyer wants delivery (送到杭州). */
const DELIVERY_MARKER = /(?:送到|送至|运到|运至|到货地|交货地|交货|送货到|送|到)\s*$/;


/** Where the goods are, and (requests) where the buyer wants them. */
export interface PlaceReading {
  location: ListingLocation;
  deliveryCity?: string;
}

/**
 * Takes a warehouse name (乐从库, 长沙钢材市场库) out of the line, with its city when the name
 * holds one. Read before mills, whose names hide inside place names (长沙钢 holds 沙钢); a mill
 * written against the warehouse (沙钢乐从库) stays in the line for the mill reader.
 */
export function readWarehouse(scan: LineScanner): ListingLocation {
  const match = findWarehouse(scan.remaining);
  if (!match) return {};
  const written = match.name;
  const place = findPlace(written);
  const mill = place?.index === 0 ? undefined : findBrand(written);
  const skip = mill?.index === 0 && written.length - mill.word.length >= 3 ? mill.word.length : 0;
  scan.blank(match.index + skip, written.length - skip);
  const warehouse = written.slice(skip).replace(WAREHOUSE_LEAD, '');
  const inName = skip === 0 ? place : findPlace(warehouse);
  const city = inName ? cityOfPlace(inName.word) : undefined;
  return city === undefined ? { warehouse } : { warehouse, city };
}

/** The first warehouse name: a suffix (库, 仓库...) with the Chinese characters right before it. */
function findWarehouse(text: string): { name: string; index: number } | undefined {
  WAREHOUSE_SUFFIX.lastIndex = 0;
  for (let suffix = WAREHOUSE_SUFFIX.exec(text); suffix; suffix = WAREHOUSE_SUFFIX.exec(text)) {
    let start = suffix.index;
    while (start > 0 && suffix.index - start < MAX_NAME && isChinese(text.charCodeAt(start - 1))) start--;
    if (start < suffix.index) return { name: text.slice(start, suffix.index + suffix[0].length), index: start };
  }
  return undefined;
}

function isChinese(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/**
 * Takes city and market names out of the line: a place after 送到/到 is where a buyer wants
 * delivery, any other adds to `location` what the warehouse did not say.
 */
export function readPlaceNames(scan: LineScanner, location: ListingLocation): PlaceReading {
  const reading: PlaceReading = { location: { ...location } };
  for (let place = findPlace(scan.remaining); place; place = findPlace(scan.remaining)) {
    const before = scan.remaining.slice(0, place.index);
    const marker = DELIVERY_MARKER.exec(before);
    const city = cityOfPlace(place.word)!;
    if (marker && reading.deliveryCity === undefined) {
      reading.deliveryCity = city;
      scan.blank(marker.index, place.index + place.word.length - marker.index);
    } else {
      reading.location.city ??= city;
      // A market district (乐从) says more than its city (佛山) about where to collect the goods.
      if (place.word !== city) reading.location.warehouse ??= place.word;
      scan.blank(place.index, place.word.length);
    }
  }
  return reading;
}
