import type { zhCN } from './zh-CN/index';

/** The same tree of keys with any string values: the shape every language must fill. */
export type MessageTree<T> = { readonly [K in keyof T]: T[K] extends string ? string : MessageTree<T[K]> };

/** The message keys of the app, as defined by the default language. */
export type Messages = MessageTree<typeof zhCN>;
