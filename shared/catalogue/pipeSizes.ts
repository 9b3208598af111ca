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

/**
 * The trade's inch names for pipe sizes (4分 = 4/8 inch, 1寸 = 1 inch) and their DN, as plumbers
 * and scaffolders order them.
 */
export const INCH_NAME_DN: Readonly<Record<string, number>> = {
  '4分': 15,
  '6分': 20,
  '1寸': 25,
  '1.2寸': 32,
  '1.5寸': 40,
  '2寸': 50,
  '2.5寸': 65,
  '3寸': 80,
  '4寸': 100,
  '5寸': 125,
  '6寸': 150,
  '8寸': 200,
};
