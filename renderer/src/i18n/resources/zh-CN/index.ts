import { analyticsMessages } from './analytics';
import { customersMessages } from './customers';
import { dealsMessages } from './deals';
import { printMessages } from './print';
import { deskMessages } from './desk';
import { settingsMessages } from './settings';
import { shellMessages } from './shell';
import { syncMessages } from './sync';

/**
 * Chinese (zh-CN) texts: the default language and the source of the key set. Every other
 * language must have exactly these keys (checked by a test and by the `Messages` type).
 * One file per feature, so features change their texts without touching each other's.
 */
export const zhCN = {
  ...shellMessages,
  ...deskMessages,
  ...customersMessages,
  ...dealsMessages,
  ...printMessages,
  ...analyticsMessages,
  ...syncMessages,
  ...settingsMessages,
};
