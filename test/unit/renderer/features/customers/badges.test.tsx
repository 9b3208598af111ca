import { cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../../../../renderer/src/i18n/i18n';
import { GradeBadge } from '../../../../../renderer/src/ui/GradeBadge';
import { PhaseBadge } from '../../../../../renderer/src/ui/PhaseBadge';
import { StageBadge } from '../../../../../renderer/src/ui/StageBadge';
import type { Language } from '../../../../../shared/settings/settings';

afterEach(cleanup);

function renderIn(language: Language, badges: ReactNode) {
  render(<I18nextProvider i18n={createI18n(language)}>{badges}</I18nextProvider>);
}

describe('stage, phase and grade badges', () => {
  it('name the value in the interface language, carry its code, and colour each stage its own way', () => {
    renderIn(
      'zh-CN',
      <>
        <StageBadge stage="peripheral" />
        <StageBadge stage="potential" />
        <StageBadge stage="real" />
        <StageBadge stage="loyal" />
      </>,
    );
    const badges = screen.getAllByTestId('stage-badge');
    expect(badges.map((badge) => [badge.getAttribute('data-stage'), badge.textContent])).toEqual([
      ['peripheral', '外围客户'],
      ['potential', '潜在客户'],
      ['real', '真实客户'],
      ['loyal', '忠诚客户'],
    ]);
    expect(new Set(badges.map((badge) => badge.firstElementChild!.className)).size).toBe(4);
  });

  it('speak English when the interface does', () => {
    renderIn(
      'en',
      <>
        <StageBadge stage="loyal" />
        <PhaseBadge phase="decline" />
        <GradeBadge grade="gold" />
      </>,
    );
    expect(screen.getByTestId('stage-badge').textContent).toBe('Loyal');
    expect(screen.getByTestId('phase-badge').textContent).toBe('Decline');
    expect(screen.getByTestId('phase-badge').firstElementChild!.className).toContain('danger');
    expect(screen.getByTestId('grade-badge').getAttribute('data-grade')).toBe('gold');
    expect(screen.getByTestId('grade-badge').textContent).toBe('Gold');
  });
});
