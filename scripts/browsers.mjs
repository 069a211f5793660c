// Finds the Chromium and Firefox the browser tests drive; `node scripts/browsers.mjs` (the first step of
// `npm test`) also installs the missing ones where it can (root with apt-get), else names in one line
// what to install or which variable to set. CHROMIUM_PATH and FIREFOX_PATH override the search.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const platform = process.platform;
const windows = platform === 'win32';

/** Where each browser usually lives, beside what PATH finds. Google Chrome serves as Chromium. */
const programFolders = (...names) => names.map((name) => process.env[name]).filter(Boolean);
const browsers = {
  chromium: {
    label: 'Chromium',
    variable: 'CHROMIUM_PATH',
    commands: ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'],
    paths: {
      linux: [
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/snap/bin/chromium',
        '/usr/bin/google-chrome-stable',
        '/opt/google/chrome/chrome',
      ],
      darwin: ['/Applications', join(homedir(), 'Applications')].flatMap((folder) => [
        join(folder, 'Chromium.app/Contents/MacOS/Chromium'),
        join(folder, 'Google Chrome.app/Contents/MacOS/Google Chrome'),
      ]),
      win32: programFolders('LOCALAPPDATA', 'PROGRAMFILES', 'PROGRAMFILES(X86)').flatMap((folder) => [
        join(folder, 'Chromium/Application/chrome.exe'),
        join(folder, 'Google/Chrome/Application/chrome.exe'),
      ]),
    },
    install: { apt: 'chromium', brew: 'google-chrome', winget: 'Google.Chrome' },
  },
  firefox: {
    label: 'Firefox',
    variable: 'FIREFOX_PATH',
    commands: ['firefox-esr', 'firefox'],
    paths: {
      linux: [
        '/usr/bin/firefox-esr',
        '/usr/bin/firefox',
        '/snap/bin/firefox',
        '/usr/lib/firefox/firefox',
        '/opt/firefox/firefox',
      ],
      darwin: ['/Applications', join(homedir(), 'Applications')].map((folder) =>
        join(folder, 'Firefox.app/Contents/MacOS/firefox'),
      ),
      win32: programFolders('PROGRAMFILES', 'PROGRAMFILES(X86)', 'LOCALAPPDATA').map((folder) =>
        join(folder, 'Mozilla Firefox/firefox.exe'),
      ),
    },
    install: { apt: 'firefox-esr', brew: 'firefox', winget: 'Mozilla.Firefox' },
  },
};
const names = Object.keys(browsers);

const isFile = (path) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** The first of `commands` on PATH, as a full path. */
function onPath(commands) {
  const extensions = windows ? ['.exe', '.cmd', ''] : [''];
  for (const folder of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const command of commands) {
      for (const extension of extensions) {
        const candidate = join(folder, command + extension);
        if (isFile(candidate)) return candidate;
      }
    }
  }
  return undefined;
}

/**
 * Path of the browser (`'chromium'` or `'firefox'`), or `undefined` when it is not installed.
 * A set CHROMIUM_PATH / FIREFOX_PATH is taken as it is: `browserPaths()` reports it when it is wrong.
 */
export function findBrowser(name) {
  const browser = browsers[name];
  const override = process.env[browser.variable];
  if (override) return override;
  return (browser.paths[platform] ?? []).find(isFile) ?? onPath(browser.commands);
}

/** What is wrong with each browser: `'missing'`, `'bad-variable'` (its variable names no file), or nothing. */
function problems() {
  const found = {};
  for (const name of names) {
    const path = findBrowser(name);
    if (!path) found[name] = 'missing';
    else if (!isFile(path)) found[name] = 'bad-variable';
  }
  return found;
}

/** The one line that says how to provide the browsers that `problems()` found wanting, on this system. */
export function problemMessage(found) {
  const bad = names.filter((name) => found[name] === 'bad-variable');
  if (bad.length > 0) {
    return bad
      .map(
        (name) =>
          `${browsers[name].variable}=${process.env[browsers[name].variable]} is not a file: point it to the ${browsers[name].label} executable.`,
      )
      .join(' ');
  }
  const missing = names.filter((name) => found[name] === 'missing');
  const packages = (manager) => missing.map((name) => browsers[name].install[manager]).join(' ');
  const install =
    platform === 'darwin'
      ? `run \`brew install --cask ${packages('brew')}\``
      : windows
        ? `run \`winget install ${packages('winget')}\``
        : onPath(['apt-get'])
          ? `run \`sudo apt-get install ${packages('apt')}\` (or \`npm test\` as root)`
          : `install ${missing.map((name) => browsers[name].label).join(' and ')} with your package manager`;
  const variables = missing.map((name) => browsers[name].variable).join(' and ');
  return `The browser tests need ${missing.map((name) => browsers[name].label).join(' and ')}: ${install}, or set ${variables} to ${missing.length > 1 ? 'their executables' : 'its executable'}.`;
}

/** The path of one browser (`'chromium'` or `'firefox'`); throws with one clear line when it is missing. */
export function browserPath(name) {
  const found = problems();
  if (found[name]) throw new Error(problemMessage({ [name]: found[name] }));
  return findBrowser(name);
}

/** `{ chromium, firefox }` paths; throws with one clear line when either is missing. */
export function browserPaths() {
  const found = problems();
  if (Object.keys(found).length > 0) throw new Error(problemMessage(found));
  return { chromium: findBrowser('chromium'), firefox: findBrowser('firefox') };
}

/** Environment variables that put a browser's home, caches and temporary files into `folder`. */
export function browserEnvironment(folder) {
  const env = { TMPDIR: folder, TMP: folder, TEMP: folder };
  if (!windows) {
    Object.assign(env, {
      HOME: folder,
      XDG_CONFIG_HOME: join(folder, '.config'),
      XDG_CACHE_HOME: join(folder, '.cache'),
      XDG_DATA_HOME: join(folder, '.local/share'),
    });
  }
  return env;
}

/**
 * Points HOME, the XDG folders and the temporary folder of this process (and so of every browser it
 * starts) into one fresh folder, removed when the process exits: browser profiles, caches and crash
 * reports never pile up in the real home or in /tmp.
 */
export function isolateBrowserProfiles(label = 'plan-widgets-browsers') {
  if (process.env.PLAN_WIDGETS_BROWSER_HOME) return process.env.PLAN_WIDGETS_BROWSER_HOME;
  const folder = mkdtempSync(join(tmpdir(), `${label}-`));
  Object.assign(process.env, browserEnvironment(folder), { PLAN_WIDGETS_BROWSER_HOME: folder });
  const remove = () => rmSync(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  process.once('exit', remove);
  // Ctrl-C: a tool that handles the signal itself (Web Test Runner closes its browsers) exits in its own
  // time and 'exit' removes the folder; without such a handler, exit now so that 'exit' still runs.
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ]) {
    process.once(signal, () => {
      if (process.listenerCount(signal) === 0) process.exit(code);
    });
  }
  return folder;
}

/** Installs the missing browsers with apt-get when running as root; exits with one line otherwise. */
async function main() {
  let found = problems();
  const missing = names.filter((name) => found[name] === 'missing');
  const root = !windows && process.getuid?.() === 0;
  if (missing.length > 0 && !Object.values(found).includes('bad-variable') && root && onPath(['apt-get'])) {
    const packages = missing.map((name) => browsers[name].install.apt);
    console.log(`Installing ${packages.join(' and ')} with apt-get (about a minute)`);
    const options = { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
    try {
      execFileSync('apt-get', ['update', '-qq'], options);
      execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], options);
    } catch {
      console.error(`\`apt-get install ${packages.join(' ')}\` failed (see above). ${problemMessage(found)}`);
      process.exit(1);
    }
    found = problems();
  }
  if (Object.keys(found).length > 0) {
    console.error(problemMessage(found));
    process.exit(1);
  }
  console.log(`Browsers: ${names.map((name) => `${browsers[name].label} ${findBrowser(name)}`).join(', ')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
