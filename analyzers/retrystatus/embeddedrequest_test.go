package retrystatus_test

import "github.com/paylint/paylint/analyzers/retrystatus"

// EmbeddedRequest: a refund sent over the plain *http.Client a
// go-retryablehttp client wraps, with the request the retryablehttp
// request embeds (hc.HTTPClient.Do(req.Request): the same method, path
// and body), in a loop that goes round on every non-201 answer, is
// reported; the same loop going round only on 5xx and 429 stays silent.
var _ = cases.Add(retrystatus.Analyzer, "EmbeddedRequest", "retrystatus/embeddedrequest/...")
