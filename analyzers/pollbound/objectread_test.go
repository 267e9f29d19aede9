package pollbound

// ObjectReadPollP24: a Pix charge read by "GET /v2/cob/{txid}" and
// decoded through an envelope into the client's PixCharge, polled every
// 5s with read errors looped over and no bound, reported; the same poll
// under a deadline silent.
var _ = cases.Add(Analyzer, "ObjectReadPollP24", "p24read/cobrancapoll")
