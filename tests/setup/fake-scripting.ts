import { beforeEach } from 'vitest';
import { fakeScripting, installFakeScripting } from '../support/fake-scripting';

installFakeScripting();
beforeEach(() => {
  fakeScripting.reset();
  installFakeScripting();
});
