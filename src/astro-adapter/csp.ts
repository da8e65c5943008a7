/**
 * Content Security Policy for every page (as a meta tag; hosts can send the same as a header). Scripts only from our
 * own origin, never inline; no plugins; no <base> changes. Inline styles are allowed because server-rendered SVG
 * charts carry their own <style> elements.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
