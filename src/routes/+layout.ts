// Every page is prerendered to static HTML; URLs end in "/" so hosts serve <path>/index.html.
export const prerender = true;
export const trailingSlash = 'always';
