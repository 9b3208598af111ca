import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/Icon';
import { hashOfPage } from './hashRoute';
import { PAGE_ICONS } from './pageIcons';
import { PAGE_IDS, type PageId } from './pageIds';
import { shortcutLabel } from './useNavShortcuts';
import './SideNav.css';

/**
 * The left navigation: one link per page, named by the page's title, the current one marked
 * with `aria-current="page"`. The shortcut hint is visual only; `aria-keyshortcuts` announces it.
 */
export function SideNav({ current }: { current: PageId }) {
  const { t } = useTranslation();
  return (
    <nav className="sd-sidenav" aria-label={t('nav.label')}>
      <div className="sd-sidenav__brand">{t('app.title')}</div>
      <ul>
        {PAGE_IDS.map((page, index) => (
          <li key={page}>
            <a
              href={hashOfPage(page)}
              className="sd-sidenav__link"
              aria-current={page === current ? 'page' : undefined}
              aria-keyshortcuts={`Control+${index + 1}`}
              title={t('nav.shortcut', { keys: shortcutLabel(index) })}
            >
              <Icon name={PAGE_ICONS[page]} />
              <span className="sd-sidenav__label">{t(`nav.${page}`)}</span>
              <kbd aria-hidden="true">{shortcutLabel(index)}</kbd>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
