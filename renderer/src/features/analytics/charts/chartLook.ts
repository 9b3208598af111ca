import type { AnalyticsPhase, AnalyticsStage } from '../../../../../shared/analytics';

/**
 * Fixed chart sizes: the dashboard's cards are this size on any window, and charts need no layout
 * measurement (which jsdom cannot do, TOOLCHAIN pitfall 5).
 */
export const CHART_WIDTH = 540;
export const CHART_HEIGHT = 280;

/** Colours as attribute values (they must travel with the SVG into the PNG export). */
export const SERIES_COLOURS = ['#2f6fdb', '#1f7a4d', '#b45309', '#c0392b', '#7b3fb5', '#0f8b8d', '#8a6d1f', '#5d6b7c'] as const;
export const STAGE_COLOURS: Readonly<Record<AnalyticsStage, string>> = {
  peripheral: '#b9c2ce',
  potential: '#f0b429',
  real: '#2f6fdb',
  loyal: '#1f7a4d',
};
export const PHASE_COLOURS: Readonly<Record<AnalyticsPhase, string>> = {
  exploration: '#f0b429',
  formation: '#2f6fdb',
  stability: '#1f7a4d',
  decline: '#c0392b',
};
export const AXIS_TICK = { fontSize: 11, fill: '#5d6b7c' } as const;
