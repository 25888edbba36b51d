/**
 * An organisation's settings (organisation = the Teams tenant): which channel receives
 * DSL consults, the DSL group and who is on duty each weekday, and the area. Set in a
 * team by an administrator (see docs/decisions/005-team-owner-check.md), stored under
 * `org/<tenant>` with an eTag-checked write.
 */
import { z } from 'zod';
import { WEEKDAYS } from '../../cards/actions';
import { AREAS } from '../../rules';
import { isEtagConflict, type StorageHandle } from '../storage';

export { WEEKDAYS } from '../../cards/actions';
/** The organisation key of a turn and who is an administrator: bot/edge/adapter.ts (insights uses them too). */
export { isAdministrator, orgOf } from '../edge/adapter';
export type Weekday = (typeof WEEKDAYS)[number];

const Member = z.object({
  /** Teams user id (29:...), used for @mentions and card refresh. */
  id: z.string().min(1).max(200),
  aadObjectId: z.string().max(64).optional(),
  name: z.string().min(1).max(200),
  /** For a "chat with the DSL" deep link. */
  userPrincipalName: z.string().max(200).optional(),
});
export type Member = z.infer<typeof Member>;

export const OrgSettings = z.object({
  tenantId: z.string().min(1).max(64),
  teamId: z.string().min(1).max(200),
  /** The channel (19:...@thread.tacv2) consults are posted to. */
  channelId: z.string().min(1).max(200),
  channelName: z.string().max(200),
  serviceUrl: z.string().url(),
  area: z.enum(AREAS),
  /** The DSL group: everyone who may take a consult. */
  dsls: z.array(Member).min(1).max(60),
  /** Teams user id of the DSL on duty, per weekday; a day without one mentions the whole group. */
  rota: z.partialRecord(z.enum(WEEKDAYS), z.string().max(200)),
  updatedAt: z.string(),
  /** Entra object id of the administrator who saved them. */
  updatedBy: z.string().max(64),
});
export type OrgSettings = z.infer<typeof OrgSettings>;

export class OrgSettingsStore {
  constructor(private readonly handle: StorageHandle) {
    if (!handle) throw new TypeError('OrgSettingsStore needs storage');
  }

  async get(tenantId: string): Promise<OrgSettings | undefined> {
    const key = `org/${tenantId.toLowerCase()}`;
    const item = (await this.handle.storage.read([key]))[key] as unknown;
    // No settings (a tenant that has not set consults up) is the common case on every turn: a failed
    // parse builds a ZodError (about 60 µs), so it is answered before parsing (decision 020, round 5).
    if (item === undefined) return undefined;
    const parsed = OrgSettings.safeParse(item);
    return parsed.success ? parsed.data : undefined;
  }

  /** Saves; a concurrent save by someone else wins and this one is retried once on top of it. */
  async save(settings: OrgSettings): Promise<void> {
    const key = `org/${settings.tenantId.toLowerCase()}`;
    for (let attempt = 0; ; attempt++) {
      const current = (await this.handle.storage.read([key]))[key] as { eTag?: string } | undefined;
      try {
        await this.handle.storage.write({ [key]: { ...settings, eTag: current?.eTag ?? '*' } });
        return;
      } catch (err) {
        if (!isEtagConflict(err) || attempt >= 1) throw err;
      }
    }
  }
}

/** Who to @mention now: the DSL on duty today (London weekday), else the whole DSL group. */
export function onDuty(settings: OrgSettings, weekday: Weekday): Member[] {
  const id = settings.rota[weekday];
  const dsl = id ? settings.dsls.find((m) => m.id === id) : undefined;
  return dsl ? [dsl] : settings.dsls;
}
