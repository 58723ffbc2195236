import { browser } from 'wxt/browser';
import { isRejectedReply } from '../messaging/catalog';

/** The extension pages' one way to talk to the background. */
export async function askBackground<T>(request: { type: `ui.${string}` }): Promise<T> {
  const answer: unknown = await browser.runtime.sendMessage(request);
  if (isRejectedReply(answer)) throw new Error(answer.rejected);
  return answer as T;
}
