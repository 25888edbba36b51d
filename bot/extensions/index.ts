/** Message extensions (the manifest's composeExtensions): find a contact, check next steps on a message. */
import type { Feature } from '../feature';
import { MessageExtensions, type MessageExtensionDeps } from './messageExtensions';

export function createExtensionsFeature(deps: MessageExtensionDeps): Feature {
  return { name: 'extensions', messageExtensions: new MessageExtensions(deps) };
}
