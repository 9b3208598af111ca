/**
 * Nominal sizes (公称直径 DN) of welded and galvanised pipe and their outer diameters in mm,
 * per GB/T 3091-2015 (series 1). A line saying `DN50` means a pipe of 60.3 mm outer diameter; the
 * spec keeps `DN50` as its text and 60.3 as `dims[0]`, so a `Φ60*3.5` offer can match it.
 */
export const DN_OUTER_DIAMETER_MM: Readonly<Record<number, number>> = {
  6: 10.2,
  8: 13.5,
  10: 17.2,
  15: 21.3,
  20: 26.9,
  25: 33.7,
  32: 42.4,
  40: 48.3,
  50: 60.3,
  65: 76.1,
  80: 88.9,
  100: 114.3,
  125: 139.7,
  150: 168.3,
  200: 219.1,
  250: 273.0,
  300: 323.9,
};
