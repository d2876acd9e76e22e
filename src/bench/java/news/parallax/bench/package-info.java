/**
 * JMH micro-benchmarks, compiled and run only with the Maven profile {@code bench}
 * (see docs/performance.md). Whole builds are measured by {@code scripts/bench.sh}.
 */
package news.parallax.bench;
