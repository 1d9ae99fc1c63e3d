// Written as build/404.html, which static hosts serve for any unknown address.
export const trailingSlash = 'never';
