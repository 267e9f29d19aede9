package pollbound

// RetryingReadPollP24: a for loop polling an invoice through the package's
// read helper, whose own loop retries 429/5xx while attempts remain
// ((code >= 500 || 429) && try <= 3), leaving only on PAID with no bound,
// reported at the outer loop; the helper's bounded retry and a ticker poll
// under a deadline leaving on PAID, EXPIRED and CANCELLED silent.
var _ = cases.Add(Analyzer, "RetryingReadPollP24", "p24poll/invoicerest")
