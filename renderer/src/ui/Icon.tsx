/**
 * The app's line icons (24×24, stroked with the current colour). Drawn here as SVG paths so
 * the bundle needs no icon font and no network.
 */
const ICON_PATHS = {
  desk: ['M4 7h13l-3-3', 'M20 17H7l3 3', 'M4 7v4', 'M20 17v-4'],
  customers: ['M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8z', 'M2 21v-1a6 6 0 0 1 6-6h2a6 6 0 0 1 6 6v1', 'M16 3.5a4 4 0 0 1 0 7.5', 'M22 21v-1a6 6 0 0 0-3.5-5.5'],
  deals: ['M6 2h9l5 5v15H6z', 'M14 2v6h6', 'M9 13h8', 'M9 17h8'],
  analytics: ['M4 20V10', 'M10 20V4', 'M16 20v-7', 'M22 20H2'],
  sync: ['M20 8a8 8 0 0 0-14.5-2L4 8', 'M4 3v5h5', 'M4 16a8 8 0 0 0 14.5 2l1.5-2', 'M20 21v-5h-5'],
  settings: ['M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6z', 'M12 2v3', 'M12 19v3', 'M2 12h3', 'M19 12h3', 'M4.9 4.9 7 7', 'M17 17l2.1 2.1', 'M4.9 19.1 7 17', 'M17 7l2.1-2.1'],
  inbox: ['M3 13h5l2 3h4l2-3h5', 'M5 5h14l2 8v6H3v-6z'],
  alert: ['M12 3 2 20h20z', 'M12 10v4', 'M12 17h.01'],
} as const;

export type IconName = keyof typeof ICON_PATHS;

/** A decorative icon: hidden from assistive technology, its meaning is always in nearby text. */
export function Icon({ name, size = 18 }: { name: IconName; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {ICON_PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
