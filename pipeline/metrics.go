package pipeline

import (
	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the pipeline's Prometheus collectors. A nil *Metrics is valid
// and records nothing, so tests and library users need not register any.
type Metrics struct {
	PagesPublished   prometheus.Counter
	PagesDuplicate   prometheus.Counter
	PagesOffloaded   prometheus.Counter
	PublishFailed    prometheus.Counter
	PagesExtracted   *prometheus.CounterVec // result: article, not_article, duplicate_article
	ArticlesIndexed  prometheus.Counter
	Failures         *prometheus.CounterVec // stage: extract, index (each failed attempt)
	DeadLettered     *prometheus.CounterVec // stage
	ConsumerPending  *prometheus.GaugeVec   // consumer: messages not yet delivered (lag)
	ConsumerAckPend  *prometheus.GaugeVec   // consumer: delivered, not yet acked
	IndexLatency     prometheus.Histogram   // fetch -> durable in the index
	ExtractDuration  prometheus.Histogram
	IndexUnavailable prometheus.Gauge     // 1 while the index backend is unavailable (writes or the idle probe)
	IndexWaits       prometheus.Counter   // writes retried while the backend was unavailable (IndexStats.Waits)
	MemoryWait       prometheus.Histogram // time a page waited for the extract memory gate
	MemoryAdmitted   prometheus.Gauge     // estimated bytes of the extractions running now
	MemoryBudget     prometheus.Gauge     // the extract memory gate's budget in bytes
	Revisions        prometheus.Counter   // new revisions recorded by the index stage's history (HistoryStats.Revised)
	Reextracted      prometheus.Counter   // articles extracted anew from unchanged text (HistoryStats.Reextracted)
	ClusterJoins     prometheus.Counter   // articles that joined an existing story cluster (HistoryStats.Joined)
}

// fetchToIndexedBuckets span the fetch -> indexed latency from a quiet
// pipeline (well under a second) through a backlog (minutes) to an index
// outage the index worker waits out (hours). With buckets that stopped at
// 164 s, every article of an outage fell into +Inf and histogram_quantile
// reported 164 s however long it lasted.
var fetchToIndexedBuckets = []float64{0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600, 7200, 21600}

// extractBuckets reach past the default extract timeout (1 min): a slow
// page is what the histogram is for, and 16 s was its former top.
var extractBuckets = prometheus.ExponentialBuckets(0.0005, 2, 18) // 0.5 ms .. 65.5 s

// NewMetrics creates the collectors and registers them on reg (if not nil).
// It returns an error if one is already registered.
func NewMetrics(reg prometheus.Registerer) (*Metrics, error) {
	m := &Metrics{
		PagesPublished: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "byline_pages_published_total", Help: "Pages fetched and stored on the PAGES stream."}),
		PagesDuplicate: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "byline_pages_duplicate_total", Help: "Pages dropped by the PAGES duplicates window (same URL and content)."}),
		PagesOffloaded: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "byline_pages_offloaded_total", Help: "Page bodies too large for a message, stored in the object store."}),
		PublishFailed: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "byline_pages_publish_failed_total", Help: "Pages that could not be published."}),
		PagesExtracted: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "byline_pages_extracted_total", Help: "Pages handled by extract workers, by result."}, []string{"result"}),
		ArticlesIndexed: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "byline_articles_indexed_total", Help: "Articles durably written to the index."}),
		Failures: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "byline_failures_total", Help: "Failed attempts (retried later or dead-lettered), by stage."}, []string{"stage"}),
		DeadLettered: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "byline_deadlettered_total", Help: "Messages moved to the DEADLETTER stream, by stage."}, []string{"stage"}),
		ConsumerPending: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "byline_consumer_pending", Help: "Messages not yet delivered to a consumer (lag)."}, []string{"consumer"}),
		ConsumerAckPend: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "byline_consumer_ack_pending", Help: "Messages delivered to a consumer and not yet acknowledged."}, []string{"consumer"}),
		IndexLatency: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "byline_fetch_to_indexed_seconds", Help: "Time from page fetch to the article being durable in the index.",
			Buckets: fetchToIndexedBuckets}),
		ExtractDuration: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "byline_extract_seconds", Help: "Time to extract one page.",
			Buckets: extractBuckets}),
		IndexUnavailable: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "byline_index_unavailable", Help: "1 while the index backend is unavailable: a write failed so, or the idle worker's probe (a count) failed."}),
		IndexWaits: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "byline_index_unavailable_waits_total", Help: "Index writes retried because the backend was unavailable."}),
		MemoryWait: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "byline_extract_memory_wait_seconds", Help: "Time a page waited for its estimated memory to fit in the extract memory budget.",
			Buckets: extractBuckets}),
		MemoryAdmitted: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "byline_extract_memory_admitted_bytes", Help: "Estimated peak memory of the extractions running now (extract.EstimateMemory)."}),
		MemoryBudget: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "byline_extract_memory_budget_bytes", Help: "The extract memory budget: extractions wait while their estimates would exceed it."}),
		Revisions: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "byline_revisions_total", Help: "New revisions of articles recorded (revision 2 and up): a page's text changed since it was indexed."}),
		Reextracted: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "byline_articles_reextracted_total", Help: "Articles extracted anew from the text last indexed (a re-fetch after an extractor upgrade): the stored extraction replaced, no revision recorded."}),
		ClusterJoins: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "byline_cluster_joins_total", Help: "Articles that joined an existing story cluster (another site's copy or a rewrite of a story already indexed)."}),
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{m.PagesPublished, m.PagesDuplicate, m.PagesOffloaded, m.PublishFailed,
			m.PagesExtracted, m.ArticlesIndexed, m.Failures, m.DeadLettered, m.ConsumerPending, m.ConsumerAckPend,
			m.IndexLatency, m.ExtractDuration, m.IndexUnavailable, m.IndexWaits,
			m.MemoryWait, m.MemoryAdmitted, m.MemoryBudget, m.Revisions, m.Reextracted, m.ClusterJoins} {
			if err := reg.Register(c); err != nil {
				return nil, err
			}
		}
	}
	return m, nil
}

// PublisherCollectors are the collectors a Publisher records into: what a
// process that only crawls (byline schedule) registers.
func (m *Metrics) PublisherCollectors() []prometheus.Collector {
	return []prometheus.Collector{m.PagesPublished, m.PagesDuplicate, m.PagesOffloaded, m.PublishFailed}
}

// do calls f unless m is nil.
func (m *Metrics) do(f func(m *Metrics)) {
	if m != nil {
		f(m)
	}
}
