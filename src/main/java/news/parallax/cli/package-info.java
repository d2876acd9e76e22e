/**
 * The command line: {@code build}, {@code extract}, {@code pairs} and {@code serve}. The only package
 * that prints or calls {@code System.exit}.
 */
package news.parallax.cli;
