import { HUB_USAGE, parseHubCli } from './cliOptions';
import { lanUrls } from './lanUrls';
import { startHub, type RunningHub } from './startHub';

// `npm run hub`: the office hub without the desktop app. Prints where it listens (and the office
// token on first start), and closes the database cleanly on SIGINT/SIGTERM.
/* eslint-disable no-console -- a command-line program talks on stdout */

async function main(): Promise<void> {
  let request;
  try {
    request = parseHubCli(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`hub: ${(error as Error).message}\n\n${HUB_USAGE}`);
    process.exit(2);
  }
  if (request.help) {
    console.log(HUB_USAGE);
    return;
  }
  let hub: RunningHub;
  try {
    hub = await startHub(request.options);
  } catch (error) {
    console.error(`hub: could not start: ${(error as Error).message}`);
    process.exit(1);
  }
  const port = new URL(hub.url).port;
  console.log(`SteelDesk hub ${hub.identity.id} (epoch ${hub.identity.epoch}) listening on ${hub.url}`);
  if (request.options.host === '0.0.0.0') for (const url of lanUrls(port)) console.log(`  on the office network: ${url}`);
  console.log(`  data: ${hub.storage}`);
  if (hub.officeToken) console.log(`Office token (shown once; keep it safe, it administers this hub):\n  ${hub.officeToken}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      console.error(`hub: ${signal} again, exiting without a clean close`);
      process.exit(1);
    }
    stopping = true;
    console.log(`hub: ${signal}, closing`);
    hub.close().then(
      () => {
        console.log('hub: closed');
        process.exit(0);
      },
      (error: Error) => {
        console.error(`hub: close failed: ${error.message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

await main();
