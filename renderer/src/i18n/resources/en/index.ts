import type { Messages } from '../messages';
import { analyticsMessages } from './analytics';
import { customersMessages } from './customers';
import { dealsMessages } from './deals';
import { printMessages } from './print';
import { deskMessages } from './desk';
import { settingsMessages } from './settings';
import { shellMessages } from './shell';
import { syncMessages } from './sync';

/** English texts, one file per feature, each typed against its zh-CN twin. */
export const en: Messages = {
  ...shellMessages,
  ...deskMessages,
  ...customersMessages,
  ...dealsMessages,
  ...printMessages,
  ...analyticsMessages,
  ...syncMessages,
  ...settingsMessages,
};
