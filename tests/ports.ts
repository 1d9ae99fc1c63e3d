/**
 * Where the test servers listen: the real build, the sub-path build, the hostile-story build,
 * the build with a public address, and a page on another origin that embeds the site.
 */
export const PORT = Number(process.env.TEST_PORT ?? 4319);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
export const SUB_URL = `http://127.0.0.1:${PORT + 1}/story`;
export const HOSTILE_URL = `http://127.0.0.1:${PORT + 2}`;
export const SITE_BUILD_URL = `http://127.0.0.1:${PORT + 3}`;
export const HOST_URL = `http://127.0.0.1:${PORT + 4}`;
