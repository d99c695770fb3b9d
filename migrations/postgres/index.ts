import * as migration_20261204_085506_initial from './20261204_085506_initial';

export const migrations = [
  {
    up: migration_20261204_085506_initial.up,
    down: migration_20261204_085506_initial.down,
    name: '20261204_085506_initial'
  },
];
