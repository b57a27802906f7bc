// Registered first, so with vitest's stacked hooks this runs after the file's own afterAll (world.stop()).
import { afterAll } from 'vitest';
import { stopFileDynamo } from './fileDynamo';

afterAll(stopFileDynamo, 60_000);
