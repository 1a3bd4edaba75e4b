/**
 * The picocli command line: run, validate, catalog, schema, completion, man and the bench commands; the only code
 * that prints to a terminal. May import every other package.
 */
package org.cablesim.cli;
