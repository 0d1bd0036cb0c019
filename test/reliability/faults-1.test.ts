import { faultSuite } from './fault-suite';

faultSuite(1);
