/**
 * Serves the built web apps (console at `/`, booking pages at `/book/`). Unknown paths under a mount
 * fall back to its index.html so client-side routes work; a mount whose folder is not built yet
 * answers with a small page of useful links instead.
 */
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { contentSecurityPolicy } from '@casefile/functions/http/contentSecurityPolicy';

export interface StaticMount {
  /** `/` or a prefix ending in `/`, e.g. `/book/`. */
  mountPath: string;
  directory: string;
}

export interface PlaceholderLinks {
  apiBase: string;
  mailViewerUrl?: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Answers the request when a mount covers it and resolves true; false leaves it to the caller. */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, mounts: readonly StaticMount[], links: PlaceholderLinks): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = decodePath(req.url ?? '/');
  if (path === undefined) return false;
  // The longest mount path wins, so `/book/` is not swallowed by `/`.
  const mount = [...mounts].sort((a, b) => b.mountPath.length - a.mountPath.length).find((candidate) => path.startsWith(candidate.mountPath) || `${path}/` === candidate.mountPath);
  if (!mount) return false;

  const root = resolve(mount.directory);
  if (!(await isDirectory(root))) {
    if (path !== mount.mountPath && `${path}/` !== mount.mountPath) return false;
    send(res, req, 200, 'text/html; charset=utf-8', Buffer.from(placeholderPage(links)));
    return true;
  }
  const relativePath = path.slice(mount.mountPath.length);
  const file = resolve(join(root, relativePath));
  const inside = file === root || file.startsWith(root + sep);
  const target = inside && (await isFile(file)) ? file : join(root, 'index.html');
  if (!(await isFile(target))) return false;
  send(res, req, 200, CONTENT_TYPES[extname(target)] ?? 'application/octet-stream', await readFile(target));
  return true;
}

function send(res: ServerResponse, req: IncomingMessage, status: number, contentType: string, body: Buffer): void {
  // The policy CloudFront sends, so pages are tried locally under the same rules; documents come from the local S3 twin.
  const documentOrigins = process.env.S3_ENDPOINT ? [new URL(process.env.S3_ENDPOINT).origin] : [];
  res.writeHead(status, { 'content-type': contentType, 'content-length': body.length, 'cache-control': 'no-cache', 'content-security-policy': contentSecurityPolicy(documentOrigins) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function decodePath(url: string): string | undefined {
  try {
    return decodeURIComponent(url.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

function placeholderPage(links: PlaceholderLinks): string {
  const mail = links.mailViewerUrl ? `<li><a href="${links.mailViewerUrl}">Mail viewer</a>: messages sent through local SES</li>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Casefile (local)</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto">
<h1>Casefile is running locally</h1>
<p>The web apps are not built yet. Meanwhile:</p>
<ul>
<li><a href="${links.apiBase}health">${links.apiBase}health</a>: liveness</li>
<li><a href="${links.apiBase}openapi.json">${links.apiBase}openapi.json</a>: the API described as OpenAPI 3.1</li>
${mail}
</ul>
</body></html>
`;
}
