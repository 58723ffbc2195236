import { z } from 'zod';
import { route, type Route } from '../background/router';
import type { SettingsService } from '../background/settings-service';

const effectiveRequest = z.object({ type: z.literal('ui.settings.effective') });

/** The popup and the end page read the effective settings (structure name, policy problems) from here. */
export function policyRoutes(service: SettingsService): Route[] {
  return [
    route({
      type: 'ui.settings.effective',
      from: 'extension_page',
      schema: effectiveRequest,
      handle: async () => {
        const effective = await service.effective();
        return {
          structureName: effective.settings.structureName,
          problems: effective.problems,
          locked: effective.locked,
          settings: effective.settings,
        };
      },
    }),
  ];
}

/** Test builds only: what the background really applies. */
export function policyTestOps(service: SettingsService) {
  return {
    'settings.effective': async () => {
      const effective = await service.effective();
      return { settings: effective.settings, locked: effective.locked, problems: effective.problems.map((p) => ({ key: p.key, code: p.code })) };
    },
  };
}
