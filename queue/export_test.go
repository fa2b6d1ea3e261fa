package queue

// Abandon stops renewing leases and heartbeats without handing anything
// back, as a worker that dies does.
func (f *CrawlFrontier) Abandon() {
	f.stop()
	<-f.done
}
