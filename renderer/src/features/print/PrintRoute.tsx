import { useEffect, useLayoutEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { parsePrintRoute, type PrintRoute as Route } from '../../../../shared/print/printRoute';
import type { PrintReady } from '../../../../shared/print/printRequest';
import type { ConfirmationDocument } from '../../../../shared/print/confirmationDocument';
import { BookProvider, useBook } from '../../app/book/BookContext';
import { RequireBook } from '../../app/book/RequireBook';
import { useSettings } from '../../app/settings/SettingsContext';
import { getApi } from '../../bridge/api';
import { createI18n } from '../../i18n/i18n';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/errorMessage';
import { ConfirmationSheet } from './ConfirmationSheet';
import { loadConfirmation, type MissingRecord } from './loadConfirmation';

/** Tells whoever waits for this print page (main's print window, the browser's print tab) how it went. */
function signal(ready: PrintReady): void {
  getApi()
    .print.ready(ready)
    .catch((error: unknown) => console.error('SteelDesk: could not signal the print job:', error));
}

/**
 * The print route (`#/print/confirmation/<deal id>?…`): the confirmation alone, no shell, in the
 * route's language and on its paper. Once the document is laid out and its fonts are loaded,
 * it marks itself ready and, when a print job waits for it, signals `print.ready`; a deal it
 * cannot print signals `failed` with the reason. A route it cannot read (it names no job one can
 * trust) only shows why; the job's own timeout ends it.
 */
export function PrintRoute({ hash }: { hash: string }) {
  const [parsed] = useState(() => parsePrintRoute(hash));
  const [i18n] = useState(() => createI18n(parsed.ok ? parsed.route.language : undefined));
  const { activeBook } = useSettings().settings;
  useLayoutEffect(() => {
    // Fetch and decode the fonts while the book opens and the deal is read, not after.
    void fontsReady(PRINT_FONT_SAMPLE);
    document.documentElement.lang = i18n.language;
    document.documentElement.classList.add('sd-printing');
    return () => document.documentElement.classList.remove('sd-printing');
  }, [i18n]);
  return (
    <I18nextProvider i18n={i18n}>
      <main className="sd-print-route">
        {parsed.ok ? (
          <BookProvider name={activeBook}>
            <RequireBook>
              <PrintedConfirmation route={parsed.route} />
            </RequireBook>
          </BookProvider>
        ) : (
          <PrintFailed message={i18n.t('print.failed.badRoute', { message: parsed.error })} />
        )}
      </main>
    </I18nextProvider>
  );
}

type Loaded = { status: 'loading' } | { status: 'ready'; document: ConfirmationDocument } | { status: 'failed'; message: string };

function PrintedConfirmation({ route }: { route: Route }) {
  const { t } = useTranslation();
  const book = useBook();
  const { activeBook } = useSettings().settings;
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [fontsLoaded, setFontsLoaded] = useState(false);

  useEffect(() => {
    let live = true;
    const missingText = (missing: MissingRecord) =>
      missing.missing === 'deal'
        ? t('print.failed.noDeal', { book: t(`book.${activeBook}`), id: missing.id })
        : t('print.failed.noParty', { role: t(`customerType.${missing.missing}`), book: t(`book.${activeBook}`), id: missing.id });
    loadConfirmation(book, route.dealId, route.copy).then(
      (result) => {
        if (!live) return;
        if ('missing' in result) setLoaded({ status: 'failed', message: missingText(result) });
        else setLoaded({ status: 'ready', document: result });
      },
      (error: unknown) => live && setLoaded({ status: 'failed', message: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [book, route, activeBook, t]);

  const name = loaded.status === 'ready' ? t('print.document.name', { number: loaded.document.number }) : undefined;
  useEffect(() => {
    if (name === undefined) return;
    document.title = name;
    let live = true;
    // Print only with the bundled fonts in place, never with a fallback font or missing glyphs.
    void fontsReady(document.body.textContent ?? name).then(() => {
      if (!live) return;
      setFontsLoaded(true);
      if (route.job !== undefined) signal({ job: route.job, status: 'ready', documentName: name });
    });
    return () => {
      live = false;
    };
  }, [name, route.job]);

  const failure = loaded.status === 'failed' ? loaded.message : undefined;
  useEffect(() => {
    if (failure !== undefined && route.job !== undefined) signal({ job: route.job, status: 'failed', message: failure });
  }, [failure, route.job]);

  if (loaded.status === 'loading') return <p role="status">{t('app.loadingBook')}</p>;
  if (loaded.status === 'failed') return <PrintFailed message={loaded.message} />;
  return <ConfirmationSheet document={loaded.document} layout={route.layout} ready={fontsLoaded} />;
}

/** The bundled font of every printed text (renderer/src/styles/fonts.css), in the one weight the sheet uses (ConfirmationSheet.css). */
const PRINT_FONTS = ['400 16px "Noto Sans SC"'];
/** Text that touches every face a confirmation needs: the Chinese subset and the slice with ‰ (ConfirmationSheet.css). */
const PRINT_FONT_SAMPLE = 'A\u6210\u2030';

/**
 * Resolves once every face of the bundled font that the printed text needs is loaded and no
 * other font load is pending. Loads them explicitly for the page's whole text (the route shows
 * nothing else): `document.fonts.ready` alone may resolve before layout has even asked for a face.
 * Resolves at once where there is no font loading API (jsdom).
 */
async function fontsReady(sample: string): Promise<void> {
  if (!('fonts' in document)) return;
  await Promise.all(PRINT_FONTS.map((font) => document.fonts.load(font, sample)));
  await document.fonts.ready;
}

function PrintFailed({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <div className="sd-print-failed" role="alert">
      <EmptyState icon="alert" title={t('print.failed.title')} hint={message} />
    </div>
  );
}
