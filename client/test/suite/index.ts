// Entry the extension host loads (extensionTestsPath): runs the mocha suite and reports failures by rejecting.
import * as mochaModule from 'mocha';
import { suite } from './extension.test';

type MochaClass = typeof import('mocha');

export function run(): Promise<void> {
  // mocha 11 exports the class itself; mocha 12 exports { Mocha, … }.
  const Mocha = ((mochaModule as unknown as { Mocha?: MochaClass }).Mocha ?? (mochaModule as unknown as { default?: MochaClass }).default ?? mochaModule) as unknown as MochaClass;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
  mocha.suite.emit('pre-require', globalThis, 'extension.test', mocha);
  suite();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
