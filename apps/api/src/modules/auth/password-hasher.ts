import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

// OWASP Password Storage Cheat Sheet: argon2id, 19 MiB, 2 iterations, 1 lane.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  // Verifying against this when the account does not exist keeps the response time the same,
  // so timing does not reveal which e-mail addresses have accounts.
  private readonly dummy = argon2.hash('qifu-timing-equaliser-not-a-password', OPTIONS);

  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      const ok = await argon2.verify(hash ?? (await this.dummy), password);
      return hash !== null && ok;
    } catch {
      return false;
    }
  }
}
