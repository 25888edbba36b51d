/**
 * The Teams pages: the built pages under /web/* (the Guidance tab, the notice form) and the
 * notice form as a Teams dialog (task/fetch, task/submit), with the card form as its fallback.
 */
import type { VerbHandler } from '../../dialogs/core/feature';
import type { Logger } from '../edge/logger';
import type { Feature } from '../feature';
import { NoticeTaskModule, noticeFormFallback, type NoticeTaskModuleDeps } from './noticeTaskModule';
import { defaultWebDir, webRoutes } from './webRoutes';

export interface PagesFeatureOptions extends NoticeTaskModuleDeps {
  logger: Logger;
  /** The notice dialog's verbs: "Open the form in a window" pressed where dialogs do not open shows the card form. */
  notice: VerbHandler;
  /** Where the built Teams pages are (default: dist/web next to the bundle). */
  webDir?: string;
  /** Source maps (the pages' original source) are served outside production only. */
  sourceMaps: boolean;
}

export function createPagesFeature(o: PagesFeatureOptions): Feature {
  const { notice, webDir, sourceMaps, ...taskDeps } = o;
  return {
    name: 'pages',
    handlers: [noticeFormFallback(notice)],
    taskModules: new NoticeTaskModule(taskDeps),
    routes: [webRoutes(webDir ?? defaultWebDir(), o.logger, { sourceMaps })],
  };
}
