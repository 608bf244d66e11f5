import { execFileSync } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

let cached: { key: Buffer; cert: Buffer } | undefined;

/** A throwaway self-signed certificate for github.com (the browser is told to accept it). */
export function githubCertificate(): { key: Buffer; cert: Buffer } {
  if (cached) return cached;
  const dir = mkdtempSync(path.join(tmpdir(), 'pat-pilot-tls-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
      '-subj', '/CN=github.com', '-addext', 'subjectAltName=DNS:github.com',
      '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    cached = { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) };
    return cached;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** For Chromium's --ignore-certificate-errors-spki-list: trust this certificate and nothing else. */
export function spkiFingerprint(cert: Buffer): string {
  const spki = createPublicKey(cert).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}
