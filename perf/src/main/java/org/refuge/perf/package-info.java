/**
 * Tools that run against a running Refuge, never inside it: a synthetic influx of displaced households
 * ({@link org.refuge.perf.InfluxGenerator}), the demo-data loader that registers them through the REST API
 * ({@link org.refuge.perf.LoadDemo}, {@code ./refuge demo}), the benchmark ({@link org.refuge.perf.Benchmark},
 * {@code ./refuge bench}) and the page benchmark ({@link org.refuge.perf.PageBenchmark}, {@code ./refuge bench pages}). Uses the application's name keys and transliteration from {@code org.refuge.registration.domain}
 * so that rows it bulk-loads are the rows the application would write; nothing else of the application.
 */
package org.refuge.perf;
