/// <reference types="mocha" />
// The test runner provides mocha's describe/it as globals.
