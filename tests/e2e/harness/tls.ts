import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshDir } from './paths';

/** A throwaway self-signed certificate for the https fixture server (openssl is part of Debian's base). */
export function selfSignedCertificate(hosts: string[]): { key: string; cert: string } {
  const dir = freshDir('parenthese-tls-');
  const san = hosts.map((h) => `DNS:${h}`).concat('IP:127.0.0.1').join(',');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    '-subj', '/CN=parenthese-test', '-addext', `subjectAltName=${san}`,
  ], { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
}
