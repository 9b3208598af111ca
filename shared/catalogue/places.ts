/**
 * Steel market cities and the market districts brokers name instead of the city (乐从 is in
 * Foshan, 宝山 in Shanghai), with coordinates for distance estimates between a warehouse and a
 * delivery place. Mill names that are also cities (日照, 九江) are left to the brand table: in a
 * stock list they name the mill.
 */
interface City {
  lat: number;
  lon: number;
  /** Districts and market names that stand for this city. */
  districts?: readonly string[];
}

const CITIES: Readonly<Record<string, City>> = {
  上海: { lat: 31.23, lon: 121.47, districts: ['宝山', '蕴藻浜', '西郊', '闵行'] },
  杭州: { lat: 30.27, lon: 120.15, districts: ['萧山', '半山'] },
  宁波: { lat: 29.87, lon: 121.55 },
  温州: { lat: 28.0, lon: 120.67 },
  无锡: { lat: 31.49, lon: 120.31, districts: ['锡山', '惠山'] },
  苏州: { lat: 31.3, lon: 120.58 },
  常州: { lat: 31.81, lon: 119.97 },
  南京: { lat: 32.06, lon: 118.8 },
  张家港: { lat: 31.87, lon: 120.55 },
  江阴: { lat: 31.92, lon: 120.28 },
  徐州: { lat: 34.26, lon: 117.18 },
  合肥: { lat: 31.82, lon: 117.23 },
  马鞍山: { lat: 31.67, lon: 118.51 },
  南昌: { lat: 28.68, lon: 115.86 },
  福州: { lat: 26.07, lon: 119.3 },
  厦门: { lat: 24.48, lon: 118.09 },
  广州: { lat: 23.13, lon: 113.26, districts: ['番禺', '黄埔', '南沙'] },
  佛山: { lat: 23.02, lon: 113.12, districts: ['乐从', '顺德', '南海'] },
  深圳: { lat: 22.54, lon: 114.06 },
  东莞: { lat: 23.02, lon: 113.75 },
  南宁: { lat: 22.82, lon: 108.37 },
  柳州: { lat: 24.33, lon: 109.41 },
  长沙: { lat: 28.23, lon: 112.94 },
  武汉: { lat: 30.59, lon: 114.31 },
  郑州: { lat: 34.75, lon: 113.63 },
  济南: { lat: 36.65, lon: 117.12 },
  青岛: { lat: 36.07, lon: 120.38 },
  临沂: { lat: 35.1, lon: 118.36 },
  天津: { lat: 39.13, lon: 117.2, districts: ['北辰', '静海'] },
  北京: { lat: 39.9, lon: 116.41 },
  唐山: { lat: 39.63, lon: 118.18 },
  石家庄: { lat: 38.04, lon: 114.51 },
  邯郸: { lat: 36.63, lon: 114.54 },
  太原: { lat: 37.87, lon: 112.55 },
  沈阳: { lat: 41.81, lon: 123.43 },
  长春: { lat: 43.82, lon: 125.32 },
  哈尔滨: { lat: 45.8, lon: 126.53 },
  西安: { lat: 34.34, lon: 108.94 },
  兰州: { lat: 36.06, lon: 103.83 },
  乌鲁木齐: { lat: 43.83, lon: 87.62 },
  成都: { lat: 30.57, lon: 104.07 },
  重庆: { lat: 29.56, lon: 106.55 },
  贵阳: { lat: 26.65, lon: 106.63 },
  昆明: { lat: 24.88, lon: 102.83 },
};

const CITY_BY_PLACE: ReadonlyMap<string, string> = new Map(
  Object.entries(CITIES).flatMap(([city, info]) => [
    [city, city] as const,
    ...(info.districts ?? []).map((district) => [district, city] as const),
  ]),
);

/** Every city and district name, longest first for greedy matching. */
export const PLACE_NAMES: readonly string[] = [...CITY_BY_PLACE.keys()].sort((a, b) => b.length - a.length);

/** The city a place name belongs to (`乐从` → `佛山`, `上海` → `上海`), or undefined if unknown. */
export function cityOfPlace(place: string): string | undefined {
  return CITY_BY_PLACE.get(place);
}

/** The first known place named inside a text (`上海宝山库` → `上海`), as its city. */
export function findCity(text: string): string | undefined {
  for (const place of PLACE_NAMES) if (text.includes(place)) return CITY_BY_PLACE.get(place);
  return undefined;
}

const EARTH_RADIUS_KM = 6371;

/**
 * Great-circle distance between two known cities in whole km (0 for the same city), or undefined
 * when either is unknown. A straight-line estimate: road distance is typically 1.2–1.4× this.
 */
export function distanceKm(fromCity: string, toCity: string): number | undefined {
  const a = CITIES[fromCity];
  const b = CITIES[toCity];
  if (!a || !b) return undefined;
  if (a === b) return 0;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h)));
}
