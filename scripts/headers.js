/**
 * The `_headers` file of Netlify and Cloudflare Pages: a path pattern on its own line,
 * then indented `Name: value` lines that apply to every address it matches. `*` matches
 * anything (including slashes), `:name` one path segment; `#` starts a comment. When
 * several rules set the same header their values are joined with ", ", as the hosts do;
 * `! Name` (Cloudflare Pages) drops a header an earlier matching rule set.
 */

/** @typedef {{ pattern: RegExp, headers: [string, string | null][] }} Rule */

/** @param {string} text @returns {Rule[]} */
export function parseHeaders(text) {
	/** @type {Rule[]} */
	const rules = [];
	for (const line of text.split(/\r?\n/)) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: toRegExp(line.trim()), headers: [] });
			continue;
		}
		const rule = rules.at(-1);
		const drop = /^!\s*(\S+)$/.exec(line.trim());
		const at = line.indexOf(':');
		if (!rule || (!drop && at < 0))
			throw new Error(`_headers: "${line.trim()}" is not under a path`);
		rule.headers.push(
			drop ? [drop[1], null] : [line.slice(0, at).trim(), line.slice(at + 1).trim()]
		);
	}
	return rules;
}

/** @param {string} pattern */
function toRegExp(pattern) {
	// Patterns are paths (a full URL's host is ignored: one site per build here).
	const path = pattern.replace(/^https?:\/\/[^/]+/, '');
	const source = path
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((/** @type {string} */ part) =>
			part === '*'
				? '.*'
				: part.startsWith(':')
					? '[^/]+'
					: part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
		)
		.join('');
	return new RegExp(`^${source}$`);
}

/**
 * The headers for one request path, in file order, same names joined.
 * @param {Rule[]} rules @param {string} pathname @returns {[string, string][]}
 */
export function headersFor(rules, pathname) {
	/** @type {Map<string, [string, string]>} */
	const out = new Map();
	for (const rule of rules) {
		if (!rule.pattern.test(pathname)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			if (value === null) {
				out.delete(key);
				continue;
			}
			const prev = out.get(key);
			out.set(key, prev ? [prev[0], `${prev[1]}, ${value}`] : [name, value]);
		}
	}
	return [...out.values()];
}
