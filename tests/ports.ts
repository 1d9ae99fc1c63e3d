/** Where the test servers listen: the real build, the sub-path build, the hostile-story build, the build with a public address. */
export const PORT = Number(process.env.TEST_PORT ?? 4319);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
export const SUB_URL = `http://127.0.0.1:${PORT + 1}/story`;
export const HOSTILE_URL = `http://127.0.0.1:${PORT + 2}`;
export const SITE_BUILD_URL = `http://127.0.0.1:${PORT + 3}`;
/** The public address the build-site variant is made with (tests/global-setup.ts). */
export const PUBLIC_URL = 'https://classroom.example.org';

/** A page on another origin that embeds the site. */
export const HOST_URL = `http://127.0.0.1:${PORT + 4}`;
