import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Book, BookName } from '../../data';
import { useServices } from '../ServicesContext';

/** Where the open book stands: still opening, open, or failed to open. */
export type BookState =
  | { status: 'opening'; name: BookName }
  | { status: 'open'; name: BookName; book: Book }
  | { status: 'failed'; name: BookName; error: unknown };

const BookStateContext = createContext<BookState | null>(null);

/**
 * Opens the named book for the tree below, and closes it when the name changes or the tree
 * unmounts. Children stay mounted while a book opens; `RequireBook` guards what needs it.
 */
export function BookProvider({ name, children }: { name: BookName; children: ReactNode }) {
  const { books } = useServices();
  const [settled, setSettled] = useState<BookState | null>(null);

  useEffect(() => {
    let wanted = true;
    let book: Book | undefined;
    books.open(name).then(
      (opened) => {
        if (!wanted) return opened.close();
        book = opened;
        setSettled({ status: 'open', name, book: opened });
      },
      (error: unknown) => wanted && setSettled({ status: 'failed', name, error }),
    );
    return () => {
      wanted = false;
      book?.close();
    };
  }, [books, name]);

  const state: BookState = settled && settled.name === name ? settled : { status: 'opening', name };
  return <BookStateContext.Provider value={state}>{children}</BookStateContext.Provider>;
}

/** The state of the active book. Only inside `BookProvider`. */
export function useBookState(): BookState {
  const state = useContext(BookStateContext);
  if (!state) throw new Error('useBookState: no BookProvider above this component');
  return state;
}

/** The open book: read with `book.read` (inside `useLiveQuery`), write with `book.repository`. Only inside `RequireBook`. */
export function useBook(): Book {
  const state = useBookState();
  if (state.status !== 'open') throw new Error(`useBook: the ${state.name} book is ${state.status}, not open (wrap the page in RequireBook)`);
  return state.book;
}
