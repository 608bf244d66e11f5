import { execFileSync } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

type Certificate = { key: Buffer; cert: Buffer };

/** One per set of host names: a test run asks for the same few again and again. */
const cached = new Map<string, Certificate>();

/**
 * A throwaway self-signed certificate naming each of `origins`' hosts (the browser is told to accept it and
 * nothing else).
 */
export function replicaCertificate(origins: readonly string[]): Certificate {
  const hosts = [...new Set(origins.map((origin) => new URL(origin).hostname))].sort();
  const key = hosts.join(',');
  const known = cached.get(key);
  if (known) return known;
  const dir = mkdtempSync(path.join(tmpdir(), 'pat-pilot-tls-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
      '-subj', `/CN=${hosts[0]}`, '-addext', `subjectAltName=${hosts.map((host) => `DNS:${host}`).join(',')}`,
      '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    const certificate = { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) };
    cached.set(key, certificate);
    return certificate;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** For Chromium's --ignore-certificate-errors-spki-list: trust this certificate and nothing else. */
export function spkiFingerprint(cert: Buffer): string {
  const spki = createPublicKey(cert).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}
